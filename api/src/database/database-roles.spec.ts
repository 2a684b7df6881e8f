import { DataSource, type QueryRunner } from 'typeorm';
import { aClinicWorld, type ClinicWorld } from '../../test/clinical-fixtures';
import { useTestApp } from '../../test/test-context';
import { testConfig } from '../../test/test-app';
import { dataSourceOptions } from './data-source-options';
import { APPLICATION_ROLE } from './migrations/1764600000000-audit-trail';

/**
 * An attacker holding the API's database login (a leaked DATABASE_URL, an injected statement) takes off the role the
 * API works as and tries what a superuser login allowed: every attempt is refused by PostgreSQL itself.
 */
describe('the API’s database login, with its role reset', () => {
  const context = useTestApp();
  let mine: ClinicWorld;
  let theirs: ClinicWorld;
  let runner: QueryRunner;

  beforeAll(async () => {
    mine = await aClinicWorld(context.db, 2);
    theirs = await aClinicWorld(context.db, 3);
    runner = context.app.get(DataSource).createQueryRunner();
    await runner.connect();
    // RESET ROLE goes back to the role of the connection's start (cohesion_app); SET ROLE NONE to the login itself.
    await runner.query('RESET ROLE; SET ROLE NONE');
  });

  afterAll(() => runner.release());

  it('is a login of its own, neither a superuser nor one that bypasses row-level security', async () => {
    const [who] = await runner.query(`SELECT current_user AS role, r.rolsuper AS superuser, r.rolbypassrls AS "bypassesRls"
                                         FROM pg_roles r WHERE r.rolname = session_user`);
    expect(who).toEqual({ role: new URL(testConfig().databaseUrl).username, superuser: false, bypassesRls: false });
    expect(who.role).not.toBe(APPLICATION_ROLE);
  });

  it('may not take down the append-only guard, change the audit trail, or become the owner', async () => {
    for (const statement of [
      'ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only',
      'ALTER TABLE audit_event DISABLE TRIGGER USER',
      `UPDATE audit_event SET outcome = 'success' WHERE organization_id = '${mine.organizationId}'`,
      `DELETE FROM audit_event WHERE organization_id = '${mine.organizationId}'`,
      'TRUNCATE audit_event',
      'ALTER TABLE member NO FORCE ROW LEVEL SECURITY',
      'DROP POLICY member_of_organization ON member',
      `SET ROLE ${new URL(testConfig().databaseOwnerUrl).username}`,
      'SET session_replication_role = replica',
      'CREATE TABLE public.shadow (id int)',
    ]) {
      await expect(runner.query(statement)).rejects.toThrow(/must be owner|permission denied/);
    }
  });

  it('reads and writes only the organization its transaction set, and nothing without one', async () => {
    await runner.startTransaction();
    try {
      expect(await runner.query(`SELECT count(*)::int AS n FROM member`)).toEqual([{ n: 0 }]);
      await runner.query(`SELECT set_config('cohesion.organization_id', $1, true)`, [mine.organizationId]);
      expect(await runner.query(`SELECT count(*)::int AS n FROM member WHERE organization_id = $1`, [theirs.organizationId])).toEqual([{ n: 0 }]);
      expect(await runner.query(`SELECT count(*)::int AS n FROM member`)).toEqual([{ n: 2 }]);
      await expect(runner.query(`INSERT INTO member (organization_id, code) VALUES ($1, 'ZZ-0002')`, [theirs.organizationId])).rejects.toThrow(
        /row-level security/,
      );
    } finally {
      await runner.rollbackTransaction();
    }
  });
});

/** The owner migrates and runs the command line, and row-level security binds it as it binds the API. */
describe('the owner’s database login', () => {
  const context = useTestApp();
  let owner: DataSource;
  let mine: ClinicWorld;
  let theirs: ClinicWorld;

  beforeAll(async () => {
    owner = await new DataSource(dataSourceOptions(testConfig())).initialize();
    mine = await aClinicWorld(context.db, 2);
    theirs = await aClinicWorld(context.db, 3);
  });

  afterAll(() => owner.destroy());

  it('sees only the organization its transaction set, and nothing without one', async () => {
    const members = (organizationId: string | null) =>
      owner.transaction(async (tx) => {
        if (organizationId) await tx.query(`SELECT set_config('cohesion.organization_id', $1, true)`, [organizationId]);
        const [row] = await tx.query(`SELECT count(*)::int AS n FROM member WHERE organization_id = ANY ($1)`, [[mine.organizationId, theirs.organizationId]]);
        return row.n;
      });
    expect(await members(null)).toBe(0);
    expect(await members(mine.organizationId)).toBe(2);
    expect(await members(theirs.organizationId)).toBe(3);
  });

  it('is what owns the tables, so the check at start refuses it as the API’s login', async () => {
    const [row] = await owner.query(`SELECT bool_and(tableowner = current_user) AS "ownsAll" FROM pg_tables WHERE schemaname = 'public'`);
    expect(row).toEqual({ ownsAll: true });
  });
});
