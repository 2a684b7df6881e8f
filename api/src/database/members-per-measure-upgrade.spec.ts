import { DataSource } from 'typeorm';
import { useScratchDatabase } from '../../test/scratch-database';
import { anEnrolledMember } from '../../test/clinical-fixtures';
import { aGroup, aProgram, aStaffMember, anOrganization } from '../../test/fixtures';
import { dataSourceOptions } from './data-source-options';
import { MIGRATIONS } from './migrations';
import { MembersPerMeasure1765154000000 } from './migrations/1765154000000-members-per-measure';
import { withDatabase } from './prepare-database';
import { withMigratedDatabase } from '../start-up/migrated-database';

/**
 * An installation of the version before per-measure members, upgraded as its owner (whom row-level security binds):
 * two organizations, each with a session where 5 members rated belonging and 3 of them learning. Before, learning
 * counted the 5; the migration rebuilds each organization's rollups inside that organization, so both say 3.
 */
describe('upgrading the rollups to members per measure', () => {
  const scratch = useScratchDatabase('members_per_measure');
  const asSuperuser = { ...scratch, databaseUrl: scratch.superuserUrl, databaseOwnerUrl: scratch.superuserUrl };
  const organizationIds: string[] = [];

  const query = (sql: string) => withDatabase(asSuperuser, (db) => db.query(sql));
  const sessionMembers = `SELECT array_agg(members ORDER BY organization_id) AS learning FROM session_outcome_stat WHERE measure = 'learning'`;

  beforeAll(async () => {
    const before = MIGRATIONS.slice(0, MIGRATIONS.indexOf(MembersPerMeasure1765154000000));
    const legacy = await new DataSource({ ...dataSourceOptions(scratch), migrations: before }).initialize();
    try {
      await legacy.runMigrations({ transaction: 'each' });
    } finally {
      await legacy.destroy();
    }
    await withDatabase(asSuperuser, async (db) => {
      for (let o = 0; o < 2; o++) {
        const organizationId = await anOrganization(db, `Clinic ${o}`);
        organizationIds.push(organizationId);
        // Within the organization, as the API writes: on PostgreSQL 18 (not 15) these superuser writes failed the
        // rollup-version policy inside the rollup triggers when no organization was set.
        await db.query(`SELECT set_config('cohesion.organization_id', $1, false)`, [organizationId]);
        const author = await aStaffMember(db, organizationId, 'facilitator');
        const groupId = await aGroup(db, organizationId, await aProgram(db, organizationId));
        const [session] = await db.query(
          `INSERT INTO group_session (organization_id, group_id, held_on, duration_minutes, created_by) VALUES ($1, $2, '2026-11-03', 90, $3) RETURNING id`,
          [organizationId, groupId, author.id],
        );
        for (let m = 0; m < 5; m++) {
          const memberId = await anEnrolledMember(db, organizationId, groupId, '2026-01-05');
          for (const measure of m < 3 ? ['belonging', 'learning'] : ['belonging']) {
            await db.query(`INSERT INTO rating (session_id, member_id, measure, organization_id, score) VALUES ($1, $2, $3, $4, 6)`, [
              session.id,
              memberId,
              measure,
              organizationId,
            ]);
          }
        }
      }
    });
  });

  it('counted everyone rated before, and counts who rated learning after', async () => {
    expect(await query(sessionMembers)).toEqual([{ learning: [5, 5] }]);
    await withMigratedDatabase(scratch, async () => undefined);
    expect(await query(sessionMembers)).toEqual([{ learning: [3, 3] }]);
    // Per organization, program and organization scope, by week and by month.
    expect(
      await query(`SELECT array_agg(DISTINCT l.members) AS learning, array_agg(DISTINCT b.members) AS belonging
                          FROM period_outcome_stat l JOIN period_outcome_stat b USING (scope, scope_id, bucket, period)
                         WHERE l.measure = 'learning' AND b.measure = 'belonging'`),
    ).toEqual([{ learning: [3], belonging: [5] }]);
    const rows = await withDatabase(asSuperuser, (db) =>
      db.query(`SELECT organization_id, count(*)::int AS rows FROM period_outcome_stat WHERE measure = 'learning' GROUP BY 1 ORDER BY 1`),
    );
    expect(rows).toEqual([...organizationIds].sort().map((id) => ({ organization_id: id, rows: 4 })));
  });
});
