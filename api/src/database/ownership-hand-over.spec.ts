import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { databaseUrl, handOverOwnership, TEST_LOGINS } from '../../../tools/postgres.cjs';
import { testConfig } from '../../test/test-app';
import { dataSourceOptions } from './data-source-options';
import { MIGRATIONS } from './migrations';
import { ForcedRowLevelSecurity1765010000000 } from './migrations/1765010000000-forced-row-level-security';
import { withMigratedDatabase } from '../start-up/migrated-database';
import { servingLoginProblem } from './serving-login';

/**
 * An installation of the version that migrated and served as one login (here the superuser), upgraded as
 * docs/database-roles.md says: tools/hand-over-ownership.sql gives everything to the owner, which then migrates, and
 * the API's own login may serve.
 */
describe('handing a database made by one login to the owner', () => {
  const adminUrl = process.env['COHESION_TEST_ADMIN_DATABASE_URL'] as string;
  const name = `cohesion_hand_over_${randomBytes(4).toString('hex')}`;
  const config = testConfig({
    DATABASE_URL: databaseUrl(adminUrl, name, TEST_LOGINS.runtime),
    DATABASE_OWNER_URL: databaseUrl(adminUrl, name, TEST_LOGINS.owner),
  });
  let admin: Client;

  beforeAll(async () => {
    admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const before = MIGRATIONS.slice(0, MIGRATIONS.indexOf(ForcedRowLevelSecurity1765010000000));
    const legacy = await new DataSource({
      ...dataSourceOptions({ ...config, databaseOwnerUrl: databaseUrl(adminUrl, name) }),
      migrations: before,
    }).initialize();
    try {
      await legacy.runMigrations({ transaction: 'each' });
    } finally {
      await legacy.destroy();
    }
  });

  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('gives the owner the database and every table, sequence and function (an extension keeps its own), twice without harm; then the owner migrates and the API may serve', async () => {
    expect(await servingLoginProblem({ ...config, databaseUrl: databaseUrl(adminUrl, name) })).toMatch(/which is a superuser; /);
    await handOverOwnership(databaseUrl(adminUrl, name), TEST_LOGINS.owner.role);
    await handOverOwnership(databaseUrl(adminUrl, name), TEST_LOGINS.owner.role);

    const superuser = new Client({ connectionString: databaseUrl(adminUrl, name) });
    await superuser.connect();
    try {
      const { rows } = await superuser.query(
        `SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = current_database()
         UNION SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relnamespace = 'public'::regnamespace
         UNION SELECT pg_get_userbyid(proowner) FROM pg_proc p WHERE pronamespace = 'public'::regnamespace
                 AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')`,
      );
      expect(rows).toEqual([{ owner: TEST_LOGINS.owner.role }]);
    } finally {
      await superuser.end();
    }

    await withMigratedDatabase(config, async (db) => expect(await db.showMigrations()).toBe(false));
    expect(await servingLoginProblem(config)).toBeNull();
  });
});
