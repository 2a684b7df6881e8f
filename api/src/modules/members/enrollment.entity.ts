import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ExitReason } from '@cohesion/domain';

@Entity('enrollment')
@Index(['groupId', 'memberId'], { unique: true })
@Check('enrollment_dates', `left_on IS NULL OR left_on >= joined_on`)
@Check('enrollment_exit', `(left_on IS NULL) = (exit_reason IS NULL)`)
@Check('enrollment_exit_reason', `exit_reason IN ('completed', 'dropped_out', 'transferred', 'other')`)
export class EnrollmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  groupId: string;

  @Index()
  @Column('uuid')
  memberId: string;

  @Column('date')
  joinedOn: string;

  @Column('date', { nullable: true })
  leftOn: string | null;

  @Column('text', { nullable: true })
  exitReason: ExitReason | null;
}
