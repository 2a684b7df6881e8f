import { MigrationInterface, QueryRunner } from 'typeorm';
import { APPLICATION_ROLE } from './1764600000000-audit-trail';

/**
 * Every table of clinical content and structure, and every rollup of it: the API's role sees and writes only rows of
 * the organization its transaction set (`cohesion.organization_id`, set by the unit of work), and none at all when
 * none is set. The staff, session and audit tables stay outside: signing in reads them before an organization is
 * known. The owning role (migrations, the CLI) is not subject to the policies.
 */
export const ORGANIZATION_SCOPED_TABLES = [
  'program',
  'therapy_group',
  'group_facilitator',
  'supervision',
  'member',
  'enrollment',
  'group_session',
  'session_facilitator',
  'note',
  'attendance',
  'rating',
  'member_observation',
  'addendum',
  'identifier_override',
  'idempotency_key',
  'alert',
  'alert_acknowledgement',
  'session_outcome',
  'session_outcome_stat',
  'period_outcome_stat',
  'period_outcome',
  'period_member',
  'member_first_rating',
  'first_session_norm',
  'outcome_rollup_version',
];

/** Covering indexes that answer reads without the heap: they carry organization_id too, so the policy's check stays in the index. */
const COVERING_INDEXES = [
  ['session_outcome_stat_group', 'session_outcome_stat (group_id, held_on, session_id, measure) INCLUDE (members, n, total, total_sq, organization_id)'],
  ['rating_member_history', 'rating (member_id, session_id) INCLUDE (measure, score, organization_id)'],
  ['attendance_member_history', 'attendance (member_id, session_id) INCLUDE (status, organization_id)'],
  ['group_session_group_held_on', 'group_session (group_id, held_on, created_at) INCLUDE (id, duration_minutes, organization_id)'],
];

export class RowLevelSecurity1764800000000 implements MigrationInterface {
  name = 'RowLevelSecurity1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      -- The organization the current transaction works for; null (and so no rows) when none was set.
      CREATE FUNCTION current_organization_id() RETURNS uuid LANGUAGE sql STABLE AS $$
        SELECT nullif(current_setting('cohesion.organization_id', true), '')::uuid
      $$;
    `);
    for (const table of ORGANIZATION_SCOPED_TABLES) {
      // The function in a sub-select runs once per statement, not once per row.
      await db.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        CREATE POLICY ${table}_of_organization ON ${table} TO ${APPLICATION_ROLE}
          USING (organization_id = (SELECT current_organization_id()))
          WITH CHECK (organization_id = (SELECT current_organization_id()));
      `);
    }
    for (const [name, definition] of COVERING_INDEXES) {
      await db.query(`DROP INDEX ${name}; CREATE INDEX ${name} ON ${definition};`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ORGANIZATION_SCOPED_TABLES) {
      await db.query(`DROP POLICY ${table}_of_organization ON ${table}; ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY;`);
    }
    for (const [name, definition] of COVERING_INDEXES) {
      await db.query(`DROP INDEX ${name}; CREATE INDEX ${name} ON ${definition.replace(/, organization_id\)$/, ')')};`);
    }
    await db.query(`DROP FUNCTION current_organization_id()`);
  }
}
