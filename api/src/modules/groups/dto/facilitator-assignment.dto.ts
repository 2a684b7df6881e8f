import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsUUID, ValidateNested } from 'class-validator';
import { FACILITATOR_ROLES, type FacilitatorRole } from '@cohesion/domain';
import type { FacilitatorAssignment, ReplaceFacilitatorsRequest } from '@cohesion/contracts';

/** More than this many facilitators on one group is a data-entry mistake, not a group. */
export const MAX_FACILITATORS_PER_GROUP = 10;

export class FacilitatorAssignmentDto implements FacilitatorAssignment {
  @ApiProperty({ format: 'uuid', description: 'An enabled facilitator of the organization' })
  @IsUUID()
  userId: string;

  @ApiProperty({ enum: FACILITATOR_ROLES })
  @IsIn(FACILITATOR_ROLES)
  role: FacilitatorRole;
}

/** The shape of a facilitator list; who may be on it (one lead, enabled facilitators) is checked by the service. */
export const FacilitatorList = () =>
  applyDecorators(
    ApiProperty({ type: [FacilitatorAssignmentDto], description: 'Exactly one lead; each person once' }),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(MAX_FACILITATORS_PER_GROUP),
    ValidateNested({ each: true }),
    Type(() => FacilitatorAssignmentDto),
  );

export class ReplaceFacilitatorsDto implements ReplaceFacilitatorsRequest {
  @FacilitatorList()
  facilitators: FacilitatorAssignmentDto[];
}
