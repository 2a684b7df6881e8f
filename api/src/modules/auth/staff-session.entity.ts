import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { SecondFactorState } from '@cohesion/contracts';

/** A signed-in browser. The cookie carries a random token; only its SHA-256 is stored, so the table holds no usable secret. */
@Entity('staff_session')
export class StaffSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Index()
  @Column('uuid')
  userId: string;

  @Index({ unique: true })
  @Column('bytea')
  tokenHash: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz')
  lastSeenAt: Date;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  /** Whether the session still owes its second factor (only not_required and verified open the application). */
  @Column('text', { default: 'not_required' })
  secondFactor: SecondFactorState;
}
