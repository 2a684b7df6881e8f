import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { LABEL_MAX_LENGTH, type CreateProgramRequest } from '@cohesion/contracts';
import { Trimmed } from '../../../common/dto/trimmed.decorator';

export class CreateProgramDto implements CreateProgramRequest {
  @ApiProperty({ minLength: 1, maxLength: LABEL_MAX_LENGTH, example: 'Grief support', description: 'Trimmed before it is checked' })
  @Trimmed()
  @IsString()
  @Length(1, LABEL_MAX_LENGTH)
  name: string;
}
