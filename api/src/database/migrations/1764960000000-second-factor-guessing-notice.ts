import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When someone who had the right password then used up the hour's budget of second-factor codes, the account's owner
 * is told at their next sign-in, until they dismiss it.
 */
export class SecondFactorGuessingNotice1764960000000 implements MigrationInterface {
  name = 'SecondFactorGuessingNotice1764960000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE staff_user ADD COLUMN second_factor_guessed_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE staff_user DROP COLUMN second_factor_guessed_at`);
  }
}
