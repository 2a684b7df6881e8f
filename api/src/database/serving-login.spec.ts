import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openTestDatabase, testConfig, testOwnerDatabaseUrl, testSuperuserDatabaseUrl } from '../../test/test-app';
import { servingLoginProblem } from './serving-login';

/** The check at start-up, against the live catalogue: which logins may serve the API. */
describe('the login DATABASE_URL serves through', () => {
  let superuser: DataSource;
  const madeRoles: string[] = [];

  /** A login of this test's own (roles belong to the whole server: dropped afterwards), and the test database's URL for it. */
  async function aLogin(attributes: string, ...memberOf: string[]): Promise<string> {
    const role = `cohesion_test_${randomBytes(4).toString('hex')}`;
    await superuser.query(`CREATE ROLE ${role} LOGIN PASSWORD 'cohesion-local' ${attributes}`);
    madeRoles.push(role);
    for (const group of memberOf) await superuser.query(`GRANT ${group} TO ${role}`);
    return Object.assign(new URL(testConfig().databaseUrl), { username: role, password: 'cohesion-local' }).toString();
  }
  const problemOf = (databaseUrl: string) => servingLoginProblem({ ...testConfig(), databaseUrl });
  const ownerRole = () => new URL(testOwnerDatabaseUrl()).username;

  beforeAll(async () => {
    superuser = await openTestDatabase();
  });

  afterAll(async () => {
    for (const role of madeRoles) await superuser.query(`DROP ROLE ${role}`);
    await superuser.destroy();
  });

  it('may be a member of cohesion_app that owns nothing', async () => {
    expect(await problemOf(testConfig().databaseUrl)).toBeNull();
  });

  it('may not be a superuser, the owner, or a member of either', async () => {
    const superuserName = new URL(testSuperuserDatabaseUrl()).username;
    expect(await problemOf(testSuperuserDatabaseUrl())).toBe(
      `DATABASE_URL logs in as "${superuserName}", which is a superuser; the API must serve through a login of its own that owns nothing ` +
        'and is a member of cohesion_app only, with migrations on DATABASE_OWNER_URL (see docs/database-roles.md).',
    );
    expect(await problemOf(testOwnerDatabaseUrl())).toMatch(new RegExp(`^DATABASE_URL logs in as "${ownerRole()}", which owns the database; `));
    const memberOfOwner = await aLogin('', 'cohesion_app', ownerRole());
    expect(await problemOf(memberOfOwner)).toMatch(
      new RegExp(`^DATABASE_URL logs in as "cohesion_test_\\w+", a member of "${ownerRole()}", which owns the database; `),
    );
  });

  it('may not bypass row-level security or grants, create roles, or own a table', async () => {
    expect(await problemOf(await aLogin('BYPASSRLS', 'cohesion_app'))).toMatch(/, which bypasses row-level security \(BYPASSRLS\); /);
    expect(await problemOf(await aLogin('CREATEROLE', 'cohesion_app'))).toMatch(/, which may create roles \(CREATEROLE\); /);
    expect(await problemOf(await aLogin('', 'cohesion_app', 'pg_write_all_data'))).toMatch(
      /, a member of "pg_write_all_data", which writes every table whatever its grants; /,
    );
    const tableOwner = await aLogin('', 'cohesion_app');
    await superuser.query(`CREATE TABLE public.${madeRoles.at(-1)}_notes (id int); ALTER TABLE public.${madeRoles.at(-1)}_notes OWNER TO ${madeRoles.at(-1)}`);
    try {
      expect(await problemOf(tableOwner)).toMatch(/, which owns tables of Cohesion; /);
    } finally {
      await superuser.query(`DROP TABLE public.${madeRoles.at(-1)}_notes`);
    }
  });

  it('must be a member of cohesion_app', async () => {
    expect(await problemOf(await aLogin(''))).toMatch(
      /^DATABASE_URL logs in as "cohesion_test_\w+", which is not a member of cohesion_app \(GRANT cohesion_app TO "cohesion_test_\w+"\); /,
    );
  });
});
