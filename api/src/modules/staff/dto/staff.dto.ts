import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsUUID } from 'class-validator';
import { ROLES, type Role } from '@cohesion/domain';
import type { ReplaceSupervisionsRequest, StaffSummary, SupervisionAssignment } from '@cohesion/contracts';

/** A supervisor with more facilitators than this is a data-entry mistake. */
export const MAX_SUPERVISED_FACILITATORS = 200;

export class StaffSummaryDto implements StaffSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
}

export class StaffListQueryDto {
  @ApiPropertyOptional({ enum: ROLES, description: 'Only staff with this role' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}

export class SupervisionAssignmentDto implements SupervisionAssignment {
  @ApiProperty({ format: 'uuid' }) supervisorId: string;
  @ApiProperty({ format: 'uuid' }) facilitatorId: string;
}

export class ReplaceSupervisionsDto implements ReplaceSupervisionsRequest {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Enabled facilitators of the organization; empty to clear' })
  @IsArray()
  @ArrayMaxSize(MAX_SUPERVISED_FACILITATORS)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  facilitatorIds: string[];
}
