import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { aStaffMember, anOrganization, TEST_PASSWORD } from '../../test/fixtures';
import { TestClient } from '../../test/http-client';
import { useScratchDatabase } from '../../test/scratch-database';
import { FixedClock } from '../../test/test-clock';
import { createApp } from '../create-app';
import { dataSourceOptions } from '../database/data-source-options';
import { withMigratedDatabase } from '../start-up/migrated-database';

/**
 * PostgreSQL going away under the API, on a database of the test's own (never the shared one): its connections are
 * terminated and new ones refused, then allowed again.
 */
describe('when the database goes away', () => {
  const scratch = useScratchDatabase('outage');
  let app: NestFastifyApplication;
  let admin: Client;
  let client: TestClient;
  const name = () => new URL(scratch.databaseUrl).pathname.slice(1);

  const cutOff = async (allow: boolean) => {
    await admin.query(`ALTER DATABASE ${name()} ALLOW_CONNECTIONS ${allow}`);
    if (!allow) await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name()]);
  };

  beforeAll(async () => {
    await withMigratedDatabase(scratch, async () => undefined);
    const fixtures = await new DataSource(dataSourceOptions(scratch)).initialize();
    const staff = await aStaffMember(fixtures, await anOrganization(fixtures), 'facilitator');
    await fixtures.destroy();
    app = await createApp({ ...scratch, database: { ...scratch.database, connectTimeoutMs: 1000 } }, { clock: new FixedClock() });
    client = new TestClient(app);
    await client.signIn(staff.email, TEST_PASSWORD);
    admin = new Client({ connectionString: process.env['COHESION_TEST_ADMIN_DATABASE_URL'] });
    await admin.connect();
  });

  afterAll(async () => {
    await cutOff(true).catch(() => undefined);
    await app?.close();
    await admin?.end();
  });

  it('answers 503 with Retry-After while it is away, survives its killed connections, and serves again once it is back', async () => {
    expect((await client.get('/api/groups')).status).toBe(200);
    await cutOff(false);

    for (const path of ['/api/groups', '/api/auth/me']) {
      const response = await client.get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 503 });
      expect(response.headers['retry-after']).toBe('5');
      expect(response.json()).toMatchObject({ status: 503, code: 'unavailable' });
      expect(response.body).not.toMatch(/stack|terminat|ECONN/i);
    }
    await cutOff(true);
    expect((await client.get('/api/groups')).status).toBe(200);
    expect((await client.get('/api/auth/me')).status).toBe(200);
  });
});
