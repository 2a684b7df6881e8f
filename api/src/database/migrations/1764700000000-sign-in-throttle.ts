import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-ins per account and per client address, for throttling and temporary lockout. Accounts are keyed by the
 * SHA-256 of the email as typed (normalized), so that unknown and known emails are throttled alike and no address is
 * stored here.
 */
export class SignInThrottle1764700000000 implements MigrationInterface {
  name = 'SignInThrottle1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sign_in_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE sign_in_throttle`);
  }
}
