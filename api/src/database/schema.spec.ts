import type { DataSource } from 'typeorm';
import { openTestDatabase } from '../../test/test-app';

/**
 * The migrations are the schema: repositories write their own SQL, and no entity mirrors the tables. This snapshot of
 * the migrated catalogue makes every schema change visible in review (`jest -u` after a new migration, then read the
 * diff), including what guards the data: nullability, defaults, forced row-level security and its policies.
 */
describe('the schema the migrations make', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await openTestDatabase();
  });

  afterAll(() => db.destroy());

  it('is the reviewed one: tables, columns, row-level security and policies', async () => {
    const columns: { table_name: string; column_name: string; data_type: string; is_nullable: string; column_default: string | null }[] = await db.query(
      `SELECT table_name, column_name, data_type, is_nullable, column_default
           FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name NOT IN ('migrations', 'typeorm_metadata')
          ORDER BY table_name, column_name`,
    );
    const tables: { relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean; relkind: string }[] = await db.query(
      `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, c.relkind
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm') AND c.relname NOT IN ('migrations', 'typeorm_metadata')
        ORDER BY c.relname`,
    );
    const policies: { tablename: string; policyname: string; cmd: string }[] = await db.query(
      `SELECT tablename, policyname, cmd FROM pg_policies WHERE schemaname = 'public' ORDER BY tablename, policyname`,
    );
    const schema = Object.fromEntries(
      tables.map((table) => [
        table.relname,
        {
          kind: { r: 'table', v: 'view', m: 'materialized view' }[table.relkind],
          rowLevelSecurity: table.relforcerowsecurity ? 'forced' : table.relrowsecurity ? 'enabled' : 'off',
          policies: policies.filter((p) => p.tablename === table.relname).map((p) => `${p.policyname} (${p.cmd})`),
          columns: columns
            .filter((c) => c.table_name === table.relname)
            .map((c) => `${c.column_name} ${c.data_type}${c.is_nullable === 'NO' ? ' not null' : ''}${c.column_default ? ` default ${c.column_default}` : ''}`),
        },
      ]),
    );
    expect(schema).toMatchSnapshot();
  });

  it('leaves no pending migration', async () => {
    expect(await db.showMigrations()).toBe(false);
  });
});
