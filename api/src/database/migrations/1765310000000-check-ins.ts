import { MigrationInterface, QueryRunner } from 'typeorm';
import { APPLICATION_ROLE } from './1764600000000-audit-trail';

/** The check-in tables: append-only like the alerts they replace, under forced row-level security. */
export const CHECK_IN_TABLES = ['check_in', 'check_in_reason', 'check_in_acknowledgement'];

/**
 * A check-in's id as the API derives it (check-in-identity.ts): a name-based UUID, version 8, over the SHA-256 of
 * `cohesion-check-in/<group>/<member or nothing>/<session>`, over a row with `group_id`, `member_id` and `session_id`.
 */
const CHECK_IN_ID = `(
  SELECT (substr(h, 1, 12) || '8' || substr(h, 14, 3) || substr('89ab', (('x' || substr(h, 17, 1))::bit(4)::int & 3) + 1, 1) || substr(h, 18, 15))::uuid
    FROM (SELECT encode(sha256(convert_to('cohesion-check-in/' || a.group_id || '/' || coalesce(a.member_id::text, '') || '/' || a.session_id, 'UTF8')), 'hex') AS h) digest
)`;

/**
 * One check-in per member per session, listing its reasons, instead of an alert row per rule and measure (a member in
 * trouble raised up to 7). `check_in` is the check-in as first shown (with who saw it), `check_in_reason` each reason
 * as first shown, `check_in_acknowledgement` who acted on it, how and when: acknowledging a check-in closes all its
 * reasons. A group's climate drop is a check-in without a member.
 *
 * Existing alerts move, organization by organization (row-level security is forced on the owner too, so a statement
 * without the organization set would move nothing): the alerts of one member (or group) and session become one
 * check-in whose reasons are the alerts' kinds, measures and sentences; it is acknowledged when every one of those
 * alerts was, by the latest to act, with their actions joined. The `alert` tables stay as they were (append-only
 * history); nothing writes to them any more.
 */
export class CheckIns1765310000000 implements MigrationInterface {
  name = 'CheckIns1765310000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE check_in (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        group_id uuid NOT NULL,
        member_id uuid,
        session_id uuid NOT NULL,
        first_seen_by uuid NOT NULL,
        first_seen_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT check_in_once UNIQUE NULLS NOT DISTINCT (group_id, member_id, session_id),
        FOREIGN KEY (organization_id, group_id) REFERENCES therapy_group (organization_id, id),
        FOREIGN KEY (organization_id, member_id) REFERENCES member (organization_id, id),
        FOREIGN KEY (organization_id, session_id) REFERENCES group_session (organization_id, id),
        FOREIGN KEY (organization_id, first_seen_by) REFERENCES staff_user (organization_id, id)
      );
      CREATE TABLE check_in_reason (
        check_in_id uuid NOT NULL REFERENCES check_in (id),
        organization_id uuid NOT NULL,
        kind text NOT NULL CONSTRAINT check_in_reason_kind CHECK (kind IN ('low', 'declining', 'behind_group', 'disengaging', 'climate_drop')),
        measure text,
        detail text NOT NULL,
        first_seen_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT check_in_reason_once UNIQUE NULLS NOT DISTINCT (check_in_id, kind, measure)
      );
      CREATE TABLE check_in_acknowledgement (
        check_in_id uuid PRIMARY KEY REFERENCES check_in (id),
        organization_id uuid NOT NULL,
        -- 2000 characters through the API; moved alerts may join the actions of several.
        action text NOT NULL CONSTRAINT check_in_acknowledgement_action CHECK (length(action) BETWEEN 1 AND 20000),
        acknowledged_by uuid NOT NULL,
        acknowledged_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, acknowledged_by) REFERENCES staff_user (organization_id, id)
      );
    `);
    for (const table of CHECK_IN_TABLES) {
      await db.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only_table();
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate_of_append_only_table();
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY ${table}_of_organization ON ${table} TO PUBLIC
          USING (organization_id = (SELECT current_organization_id()))
          WITH CHECK (organization_id = (SELECT current_organization_id()));
        GRANT SELECT, INSERT ON ${table} TO ${APPLICATION_ROLE};
        REVOKE UPDATE, DELETE, TRUNCATE ON ${table} FROM ${APPLICATION_ROLE};
      `);
    }
    await moveAlertsToCheckIns(db);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE check_in_acknowledgement, check_in_reason, check_in`);
  }
}

/** Moves every organization's alerts to check-ins, one organization at a time (see the class's comment). */
export async function moveAlertsToCheckIns(db: Pick<QueryRunner, 'query'>): Promise<void> {
  const organizations: { id: string }[] = await db.query(`SELECT id FROM organization ORDER BY id`);
  for (const { id } of organizations) {
    await db.query(`SELECT set_config('cohesion.organization_id', $1, true)`, [id]);
    await db.query(`
      CREATE TEMPORARY TABLE moving_alert ON COMMIT DROP AS
        SELECT a.*, ${CHECK_IN_ID} AS check_in_id FROM alert a WHERE a.organization_id = current_organization_id();
      INSERT INTO check_in (id, organization_id, group_id, member_id, session_id, first_seen_by, first_seen_at)
      SELECT DISTINCT ON (check_in_id) check_in_id, organization_id, group_id, member_id, session_id, first_seen_by, first_seen_at
        FROM moving_alert ORDER BY check_in_id, first_seen_at, id
      ON CONFLICT DO NOTHING;
      INSERT INTO check_in_reason (check_in_id, organization_id, kind, measure, detail, first_seen_at)
      SELECT DISTINCT ON (check_in_id, kind, measure) check_in_id, organization_id, kind, measure, detail, first_seen_at
        FROM moving_alert ORDER BY check_in_id, kind, measure, first_seen_at, id
      ON CONFLICT DO NOTHING;
      INSERT INTO check_in_acknowledgement (check_in_id, organization_id, action, acknowledged_by, acknowledged_at)
      SELECT m.check_in_id, min(m.organization_id::text)::uuid,
             string_agg(DISTINCT k.action, ' / '),
             (array_agg(k.acknowledged_by ORDER BY k.acknowledged_at DESC))[1],
             max(k.acknowledged_at)
        FROM moving_alert m LEFT JOIN alert_acknowledgement k ON k.alert_id = m.id
       GROUP BY m.check_in_id
      HAVING count(k.alert_id) = count(*)
      ON CONFLICT DO NOTHING;
      DROP TABLE moving_alert;
    `);
  }
  await db.query(`SELECT set_config('cohesion.organization_id', '', true)`);
}
