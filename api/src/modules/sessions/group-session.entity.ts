import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SessionStatus } from '@cohesion/domain';

/** One meeting of a group. Its note, attendance and ratings are frozen once it is signed. */
@Entity('group_session')
@Index(['groupId', 'heldOn'])
@Check('group_session_status', `status IN ('draft', 'signed')`)
@Check('group_session_duration', `duration_minutes BETWEEN 1 AND 600`)
@Check('group_session_signature', `(status = 'signed') = (signed_at IS NOT NULL AND content_hash IS NOT NULL)`)
export class GroupSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  groupId: string;

  @Column('date')
  heldOn: string;

  @Column('integer')
  durationMinutes: number;

  @Column('text', { default: 'draft' })
  status: SessionStatus;

  @Column('integer', { default: 1 })
  version: number;

  @Column('uuid')
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column('uuid', { nullable: true })
  signedBy: string | null;

  @Column('timestamptz', { nullable: true })
  signedAt: Date | null;

  /** Hex SHA-256 of the canonical note content at signing. */
  @Column('text', { nullable: true })
  contentHash: string | null;

  @Column('uuid', { nullable: true })
  cosignedBy: string | null;

  @Column('timestamptz', { nullable: true })
  cosignedAt: Date | null;
}
