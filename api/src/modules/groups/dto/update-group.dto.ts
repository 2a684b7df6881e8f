import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, MaxLength, ValidateIf } from 'class-validator';
import { LABEL_MAX_LENGTH, type UpdateGroupRequest } from '@cohesion/contracts';
import { Trimmed } from '../../../common/dto/trimmed.decorator';

export class UpdateGroupDto implements UpdateGroupRequest {
  @ApiPropertyOptional({ minLength: 1, maxLength: LABEL_MAX_LENGTH })
  @ValidateIf((body: UpdateGroupDto) => body.name !== undefined)
  @Trimmed()
  @IsString()
  @Length(1, LABEL_MAX_LENGTH)
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: LABEL_MAX_LENGTH, description: 'null or empty clears the schedule' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(LABEL_MAX_LENGTH)
  schedule?: string | null;
}
