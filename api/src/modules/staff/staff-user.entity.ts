import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@cohesion/domain';

@Entity('staff_user')
@Check('staff_user_email_lower', `email = lower(email)`)
@Check('staff_user_role', `role IN ('facilitator', 'supervisor', 'director', 'admin')`)
export class StaffUserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  organizationId: string;

  /** Sign-in name, unique across the installation (stored lower-case). */
  @Index({ unique: true })
  @Column('text')
  email: string;

  @Column('text')
  displayName: string;

  @Column('text')
  role: Role;

  /** Null until the person sets their password through their invitation link. */
  @Column('text', { nullable: true })
  passwordHash: string | null;

  /** Since when a clinical role given by an admin waits for a director's approval; null once approved. */
  @Column('timestamptz', { nullable: true })
  pendingSince: Date | null;

  @Column('uuid', { nullable: true })
  pendingRequestedBy: string | null;

  /** The role the account had before the change that waits (null for a new account). */
  @Column('text', { nullable: true })
  pendingFromRole: Role | null;

  @Column('uuid', { nullable: true })
  approvedBy: string | null;

  @Column('timestamptz', { nullable: true })
  approvedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** The TOTP secret, sealed with AES-256-GCM (SecretBox); null until an authenticator is enrolled. */
  @Column('bytea', { nullable: true })
  totpSecret: Buffer | null;

  /** A secret being enrolled, until a code from it confirms it. */
  @Column('bytea', { nullable: true })
  totpPendingSecret: Buffer | null;

  @Column('timestamptz', { nullable: true })
  totpEnrolledAt: Date | null;

  /** The last accepted TOTP time step: codes of that step or earlier are refused (no replay). */
  @Column('bigint', { nullable: true })
  totpLastStep: string | null;

  /** When someone used up an hour's budget of second-factor codes; shown to the owner until dismissed. */
  @Column('timestamptz', { nullable: true })
  secondFactorGuessedAt: Date | null;

  /** SHA-256 of each unused recovery code. */
  @Column('bytea', { array: true, default: () => `'{}'` })
  recoveryCodeHashes: Buffer[];
}
