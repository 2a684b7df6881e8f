import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { AppConfig } from '../src/config/app-config';

/** An empty database of its own for the enclosing describe block (for code that needs one, like the demo seed), dropped after it. */
export function useScratchDatabase(label: string): Pick<AppConfig, 'databaseUrl' | 'database'> {
  const adminUrl = process.env['COHESION_TEST_ADMIN_DATABASE_URL'] as string;
  const name = `cohesion_${label}_${randomBytes(4).toString('hex')}`;
  const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
  let admin: Client;

  beforeAll(async () => {
    admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  });

  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  return { databaseUrl: url, database: { poolSize: 4, connectTimeoutMs: 5000, statementTimeoutMs: 30_000, lockTimeoutMs: 5000 } };
}
