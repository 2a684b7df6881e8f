import { MigrationInterface, QueryRunner } from 'typeorm';
import { APPLICATION_ROLE } from './1764600000000-audit-trail';

/**
 * Separation of duties for staff accounts. An account that an admin gives a clinical role (facilitator, supervisor,
 * director), at creation or by a change of role, waits for a director's approval: `pending_since` and
 * `pending_requested_by` say who asked and when, `pending_from_role` what the account was before (null for a new one),
 * `approved_by` and `approved_at` the last approval. Nobody sets another person's password: an account starts with
 * none and its person sets it through a single-use link (`account_link`, the token stored only as a SHA-256 digest).
 */
export class StaffApprovalAndLinks1764950000000 implements MigrationInterface {
  name = 'StaffApprovalAndLinks1764950000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE staff_user
        ALTER COLUMN password_hash DROP NOT NULL,
        ADD COLUMN pending_since timestamptz,
        ADD COLUMN pending_requested_by uuid,
        ADD COLUMN pending_from_role text,
        ADD COLUMN approved_by uuid,
        ADD COLUMN approved_at timestamptz,
        ADD CONSTRAINT staff_user_pending CHECK ((pending_since IS NULL) = (pending_requested_by IS NULL)),
        ADD CONSTRAINT staff_user_pending_from_role CHECK (pending_from_role IS NULL OR pending_since IS NOT NULL),
        ADD CONSTRAINT staff_user_pending_requested_by FOREIGN KEY (organization_id, pending_requested_by) REFERENCES staff_user (organization_id, id),
        ADD CONSTRAINT staff_user_approved_by FOREIGN KEY (organization_id, approved_by) REFERENCES staff_user (organization_id, id);

      CREATE TABLE account_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        user_id uuid NOT NULL,
        purpose text NOT NULL CONSTRAINT account_link_purpose CHECK (purpose IN ('invitation')),
        token_hash bytea NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        FOREIGN KEY (organization_id, user_id) REFERENCES staff_user (organization_id, id),
        FOREIGN KEY (organization_id, created_by) REFERENCES staff_user (organization_id, id)
      );
      CREATE UNIQUE INDEX account_link_token ON account_link (token_hash);
      CREATE INDEX account_link_user ON account_link (user_id, purpose);
      GRANT SELECT, INSERT, UPDATE ON account_link TO ${APPLICATION_ROLE};
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE account_link;
      ALTER TABLE staff_user
        DROP CONSTRAINT staff_user_approved_by, DROP CONSTRAINT staff_user_pending_requested_by, DROP CONSTRAINT staff_user_pending_from_role,
        DROP CONSTRAINT staff_user_pending, DROP COLUMN approved_at, DROP COLUMN approved_by, DROP COLUMN pending_from_role,
        DROP COLUMN pending_requested_by, DROP COLUMN pending_since;
      UPDATE staff_user SET password_hash = '!' WHERE password_hash IS NULL;
      ALTER TABLE staff_user ALTER COLUMN password_hash SET NOT NULL;
    `);
  }
}
