import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The first answer to a create request with an Idempotency-Key, so that a retry never records a session twice. */
@Entity('idempotency_key')
export class IdempotencyKeyEntity {
  @PrimaryColumn('uuid')
  userId: string;

  @PrimaryColumn('text')
  key: string;

  @Column('uuid')
  organizationId: string;

  /** SHA-256 of the canonical request (group and body): the same key with another body is refused. */
  @Column('text')
  requestHash: string;

  @Column('uuid')
  sessionId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
