import { MigrationInterface, QueryRunner } from 'typeorm';

/** Whether a director or supervisor receives the weekly digest email (on by default; each person can turn it off). */
export class WeeklyDigest1765420000000 implements MigrationInterface {
  name = 'WeeklyDigest1765420000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE staff_user ADD COLUMN weekly_digest boolean NOT NULL DEFAULT true`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE staff_user DROP COLUMN weekly_digest`);
  }
}
