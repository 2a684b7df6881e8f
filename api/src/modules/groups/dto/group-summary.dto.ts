import { ApiProperty } from '@nestjs/swagger';
import { FACILITATOR_ROLES, GROUP_KINDS, type FacilitatorRole, type GroupKind } from '@cohesion/domain';
import type { FacilitatorRef, GroupSummary } from '@cohesion/contracts';

export class FacilitatorRefDto implements FacilitatorRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: FACILITATOR_ROLES }) role: FacilitatorRole;
}

export class GroupSummaryDto implements GroupSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: GROUP_KINDS }) kind: GroupKind;
  @ApiProperty({ format: 'uuid' }) programId: string;
  @ApiProperty() programName: string;
  @ApiProperty({ type: [FacilitatorRefDto] }) facilitators: FacilitatorRefDto[];
  @ApiProperty({ description: 'Members currently enrolled' }) memberCount: number;
  @ApiProperty() sessionCount: number;
  @ApiProperty({ type: String, format: 'date', nullable: true }) lastSessionOn: string | null;
}
