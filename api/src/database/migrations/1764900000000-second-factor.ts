import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * TOTP second factor. The secret is stored encrypted (AES-256-GCM with the server's COHESION_SECRET_KEY), recovery
 * codes as SHA-256 digests (they are random, so a plain digest is enough), and the last accepted time step so a code
 * is never accepted twice. A session remembers whether its second factor is still owed.
 */
export class SecondFactor1764900000000 implements MigrationInterface {
  name = 'SecondFactor1764900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE organization ADD COLUMN second_factor_policy text NOT NULL DEFAULT 'privileged_roles'
        CONSTRAINT organization_second_factor_policy CHECK (second_factor_policy IN ('optional', 'privileged_roles', 'everyone'));

      ALTER TABLE staff_user
        ADD COLUMN totp_secret bytea,
        ADD COLUMN totp_pending_secret bytea,
        ADD COLUMN totp_enrolled_at timestamptz,
        ADD COLUMN totp_last_step bigint,
        ADD COLUMN recovery_code_hashes bytea[] NOT NULL DEFAULT '{}',
        ADD CONSTRAINT staff_user_totp_enrolled CHECK ((totp_secret IS NULL) = (totp_enrolled_at IS NULL));

      ALTER TABLE staff_session ADD COLUMN second_factor text NOT NULL DEFAULT 'not_required'
        CONSTRAINT staff_session_second_factor CHECK (second_factor IN ('not_required', 'verified', 'pending', 'enrollment_required'));
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE staff_session DROP COLUMN second_factor;
      ALTER TABLE staff_user DROP CONSTRAINT staff_user_totp_enrolled, DROP COLUMN recovery_code_hashes, DROP COLUMN totp_last_step,
        DROP COLUMN totp_enrolled_at, DROP COLUMN totp_pending_secret, DROP COLUMN totp_secret;
      ALTER TABLE organization DROP COLUMN second_factor_policy;
    `);
  }
}
