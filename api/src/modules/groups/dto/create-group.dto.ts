import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { GROUP_KINDS, type GroupKind } from '@cohesion/domain';
import { LABEL_MAX_LENGTH, type CreateGroupRequest } from '@cohesion/contracts';
import { FacilitatorAssignmentDto, FacilitatorList } from './facilitator-assignment.dto';
import { Trimmed } from '../../../common/dto/trimmed.decorator';

export class CreateGroupDto implements CreateGroupRequest {
  @ApiProperty({ minLength: 1, maxLength: LABEL_MAX_LENGTH, example: 'Tuesday evening grief group' })
  @Trimmed()
  @IsString()
  @Length(1, LABEL_MAX_LENGTH)
  name: string;

  @ApiProperty({ format: 'uuid', description: 'A program of the caller’s organization' })
  @IsUUID()
  programId: string;

  @ApiProperty({ enum: GROUP_KINDS, description: 'open: rolling entry; closed: fixed cohort' })
  @IsIn(GROUP_KINDS)
  kind: GroupKind;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: LABEL_MAX_LENGTH, example: 'Tuesdays 18:00' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(LABEL_MAX_LENGTH)
  schedule?: string | null;

  @FacilitatorList()
  facilitators: FacilitatorAssignmentDto[];
}
