import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { databaseUrl, TEST_LOGINS } from '../../tools/postgres.cjs';
import type { AppConfig } from '../src/config/app-config';
import { testConfig } from './test-config';

/** A scratch database's configuration (the API's login, the owner's), and its superuser's URL for inspecting across organizations. */
export type ScratchDatabase = AppConfig & { superuserUrl: string };

/**
 * An empty database of its own for the enclosing describe block (for code that needs one, like the demo seed), owned
 * by the tests' owner login, dropped after it.
 */
export function useScratchDatabase(label: string, configOverrides: Record<string, string> = {}): ScratchDatabase {
  const adminUrl = process.env['COHESION_TEST_ADMIN_DATABASE_URL'] as string;
  const name = `cohesion_${label}_${randomBytes(4).toString('hex')}`;
  let admin: Client;

  beforeAll(async () => {
    admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} OWNER ${TEST_LOGINS.owner.role}`);
  });

  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  const config = testConfig({
    DATABASE_URL: databaseUrl(adminUrl, name, TEST_LOGINS.runtime),
    DATABASE_OWNER_URL: databaseUrl(adminUrl, name, TEST_LOGINS.owner),
    COHESION_DB_POOL_SIZE: '4',
    COHESION_DB_STATEMENT_TIMEOUT_MS: '30000',
    ...configOverrides,
  });
  return { ...config, superuserUrl: databaseUrl(adminUrl, name) };
}
