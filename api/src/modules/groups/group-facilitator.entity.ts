import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { FacilitatorRole } from '@cohesion/domain';

@Entity('group_facilitator')
@Check('group_facilitator_role', `role IN ('lead', 'co')`)
export class GroupFacilitatorEntity {
  @PrimaryColumn('uuid')
  groupId: string;

  @Index()
  @PrimaryColumn('uuid')
  userId: string;

  @Column('uuid')
  organizationId: string;

  @Column('text')
  role: FacilitatorRole;
}
