import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { GroupKind } from '@cohesion/domain';

@Entity('therapy_group')
@Check('therapy_group_kind', `kind IN ('open', 'closed')`)
export class TherapyGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  organizationId: string;

  @Index()
  @Column('uuid')
  programId: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: GroupKind;

  /** Free-text schedule such as "Tuesdays 18:00"; checked for identifiers like any label. */
  @Column('text', { nullable: true })
  schedule: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
