import { MigrationInterface, QueryRunner } from 'typeorm';

/** Single-use links of a second purpose: resetting a forgotten password (the invitation's table, a shorter life). */
export class PasswordResetLinks1765410000000 implements MigrationInterface {
  name = 'PasswordResetLinks1765410000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE account_link DROP CONSTRAINT account_link_purpose;
      ALTER TABLE account_link ADD CONSTRAINT account_link_purpose CHECK (purpose IN ('invitation', 'password_reset'));
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DELETE FROM account_link WHERE purpose = 'password_reset';
      ALTER TABLE account_link DROP CONSTRAINT account_link_purpose;
      ALTER TABLE account_link ADD CONSTRAINT account_link_purpose CHECK (purpose IN ('invitation'));
    `);
  }
}
