import { DataSource } from 'typeorm';
import { aClinicWorld, type ClinicWorld } from '../../test/clinical-fixtures';
import { useTestApp } from '../../test/test-context';
import { ORGANIZATION_SCOPED_TABLES as FIRST_SCOPED_TABLES } from './migrations/1764800000000-row-level-security';
import { CHECK_IN_TABLES } from './migrations/1765310000000-check-ins';

const ORGANIZATION_SCOPED_TABLES = [...FIRST_SCOPED_TABLES, ...CHECK_IN_TABLES];

describe('row-level security for the API’s role', () => {
  const context = useTestApp();
  let mine: ClinicWorld;
  let theirs: ClinicWorld;
  let api: DataSource;

  /** Runs `sql` as the API does: its own role, in a transaction set to `organizationId` (or to none). */
  const asApi = async <T>(organizationId: string | null, work: (query: (sql: string, params?: unknown[]) => Promise<T[]>) => Promise<unknown>) =>
    api.transaction(async (tx) => {
      if (organizationId) await tx.query(`SELECT set_config('cohesion.organization_id', $1, true)`, [organizationId]);
      return work((sql, params) => tx.query(sql, params));
    });

  beforeAll(async () => {
    api = context.app.get(DataSource);
    mine = await aClinicWorld(context.db, 2);
    theirs = await aClinicWorld(context.db, 3);
  });

  it('guards every table of clinical content and structure, for every role it binds, the owner included', async () => {
    const rows: { table: string; rls: boolean; forced: boolean; policyRoles: string[] }[] = await context.db.query(
      `SELECT c.relname AS table, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
              (SELECT array_agg(DISTINCT r::text) FROM pg_policies p, unnest(p.roles) r WHERE p.tablename = c.relname AND p.schemaname = 'public') AS "policyRoles"
         FROM pg_class c WHERE c.relname = ANY ($1) AND c.relnamespace = 'public'::regnamespace ORDER BY 1`,
      [ORGANIZATION_SCOPED_TABLES],
    );
    expect(rows).toHaveLength(ORGANIZATION_SCOPED_TABLES.length);
    expect(rows.filter((r) => !r.rls || !r.forced || r.policyRoles.join() !== 'public')).toEqual([]);
  });

  it('shows the transaction’s own organization only, and nothing when none is set', async () => {
    const count = (organizationId: string | null) =>
      asApi(organizationId, async (query) => {
        const [row] = (await query(`SELECT count(*)::int AS members, count(*) FILTER (WHERE organization_id = $1)::int AS theirs FROM member`, [
          theirs.organizationId,
        ])) as unknown as {
          members: number;
          theirs: number;
        }[];
        return row;
      });
    expect(await count(null)).toEqual({ members: 0, theirs: 0 });
    expect(await count(mine.organizationId)).toEqual({ members: 2, theirs: 0 });
    expect(await count(theirs.organizationId)).toEqual({ members: 3, theirs: 3 });
  });

  it('refuses to write another organization’s rows, and cannot change them', async () => {
    await expect(
      asApi(mine.organizationId, (query) => query(`INSERT INTO member (organization_id, code) VALUES ($1, 'ZZ-0001')`, [theirs.organizationId])),
    ).rejects.toThrow(/row-level security/);
    await asApi(mine.organizationId, (query) => query(`UPDATE therapy_group SET schedule = 'changed' WHERE id = $1`, [theirs.groupId]));
    await asApi(mine.organizationId, (query) => query(`DELETE FROM enrollment WHERE group_id = $1`, [theirs.groupId]));
    const [group] = await context.db.query(`SELECT schedule FROM therapy_group WHERE id = $1`, [theirs.groupId]);
    expect(group.schedule).not.toBe('changed');
    expect(await context.db.query(`SELECT count(*)::int AS n FROM enrollment WHERE group_id = $1`, [theirs.groupId])).toEqual([{ n: 3 }]);
  });
});
