import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email waiting to leave, and what left. One row per event (its `dedupe_key`), so an event retried or raced by two
 * replicas queues one message. The message itself (subject and bodies, which may hold a single-use link) is sealed
 * with a key derived from COHESION_SECRET_KEY and dropped once the message is handed to the mail server; the demo
 * mailbox keeps it. A sender leases a row for a while before sending, so a crash returns it to the queue.
 * No clinical content and no member codes ever go into an email, so the outbox carries no organization's rows.
 */
export class MailOutbox1765400000000 implements MigrationInterface {
  name = 'MailOutbox1765400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dedupe_key text NOT NULL CONSTRAINT mail_outbox_once_per_event UNIQUE,
        recipient text NOT NULL,
        sealed_message bytea,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        leased_until timestamptz,
        last_error text,
        sent_at timestamptz,
        CONSTRAINT mail_outbox_unsent_has_message CHECK (sent_at IS NOT NULL OR sealed_message IS NOT NULL)
      );
      CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL;
      CREATE INDEX mail_outbox_sent ON mail_outbox (sent_at DESC) WHERE sent_at IS NOT NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE mail_outbox`);
  }
}
