import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DemoMail } from '@cohesion/contracts';
import { SecretBox } from '../../common/secret-box';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { updateReturning } from '../../database/update-returning';
import type { SqlRunner } from '../audit/audit.repository';

/** What a message says; sealed in the outbox. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/** A message leased for sending. */
export interface LeasedMail extends MailContent {
  id: string;
  to: string;
  attempts: number;
}

/**
 * The outbox table. Its times of scheduling (when a row is due, how long a lease lasts) come from the API's clock, so
 * they are compared only with each other.
 */
@Injectable()
export class MailOutboxRepository {
  private readonly box: SecretBox;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.box = SecretBox.forPurpose(config, 'mail content');
  }

  /** Queues one message for an event; a second message for the same event is not queued. Answers whether it was. */
  async insert(tx: SqlRunner, dedupeKey: string, to: string, content: MailContent, now: Date): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO mail_outbox (dedupe_key, recipient, sealed_message, next_attempt_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT mail_outbox_once_per_event DO NOTHING RETURNING id`,
      [dedupeKey, to, this.seal(content), now],
    );
    return rows.length === 1;
  }

  async hasEvent(tx: SqlRunner, dedupeKey: string): Promise<boolean> {
    return (await tx.query(`SELECT 1 FROM mail_outbox WHERE dedupe_key = $1`, [dedupeKey])).length > 0;
  }

  /** Takes up to `limit` due messages that no live lease holds, leases them until `leaseUntil`, oldest first. */
  async leaseDue(now: Date, leaseUntil: Date, limit: number): Promise<LeasedMail[]> {
    const rows = await updateReturning<{ id: string; to: string; attempts: number; sealed: Buffer; dueAt: Date; createdAt: Date }>(
      this.db,
      `UPDATE mail_outbox SET leased_until = $2
        WHERE id IN (SELECT id FROM mail_outbox
                      WHERE sent_at IS NULL AND next_attempt_at <= $1 AND (leased_until IS NULL OR leased_until <= $1)
                      ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
        RETURNING id, recipient AS "to", attempts, sealed_message AS sealed, next_attempt_at AS "dueAt", created_at AS "createdAt"`,
      [now, leaseUntil, limit],
    );
    // UPDATE … RETURNING keeps no order: messages leave in the order they were queued.
    rows.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.createdAt.getTime() - b.createdAt.getTime());
    return rows.map(({ sealed, id, to, attempts }) => ({ id, to, attempts, ...this.open(sealed) }));
  }

  async markSent(id: string, keepMessage: boolean): Promise<void> {
    await this.db.query(
      `UPDATE mail_outbox SET sent_at = now(), leased_until = NULL, last_error = NULL,
              sealed_message = CASE WHEN $2 THEN sealed_message END
        WHERE id = $1`,
      [id, keepMessage],
    );
  }

  /** Puts a message back in the queue until `retryAt`, noting why (never an address or the message). */
  async markFailed(id: string, retryAt: Date, reason: string): Promise<void> {
    await this.db.query(`UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = $2, leased_until = NULL, last_error = $3 WHERE id = $1`, [
      id,
      retryAt,
      reason.slice(0, 200),
    ]);
  }

  /** The messages kept after sending (demo mode), newest first. */
  async kept(limit: number): Promise<DemoMail[]> {
    const rows: { to: string; sealed: Buffer; sentAt: Date }[] = await this.db.query(
      `SELECT recipient AS "to", sealed_message AS sealed, sent_at AS "sentAt" FROM mail_outbox
        WHERE sent_at IS NOT NULL AND sealed_message IS NOT NULL ORDER BY sent_at DESC, created_at DESC LIMIT $1`,
      [limit],
    );
    return rows.map((row) => {
      const { subject, text } = this.open(row.sealed);
      return { to: row.to, subject, text, sentAt: row.sentAt.toISOString() };
    });
  }

  private seal(content: MailContent): Buffer {
    return this.box.seal(Buffer.from(JSON.stringify(content)));
  }

  private open(sealed: Buffer): MailContent {
    return JSON.parse(this.box.open(sealed).toString('utf8')) as MailContent;
  }
}
