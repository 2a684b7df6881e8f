import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { withMigratedDatabase } from '../src/database/prepare-database';

interface TestDatabase {
  url: string;
  adminUrl: string;
  drop(): Promise<void>;
}

declare global {
  var cohesionTestDatabase: TestDatabase | undefined;
}

// Global setup runs in Node itself, not Jest's sandbox: a native import() loads the ESM-only helper there.
const importNative = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/** Creates this run's database, migrates it once, and hands its URL to the test workers through the environment. */
export default async function globalSetup(): Promise<void> {
  const helper = pathToFileURL(join(__dirname, '../../tools/test-database.mjs')).href;
  const { createTestDatabase } = (await importNative(helper)) as { createTestDatabase(label: string): Promise<TestDatabase> };
  const database = await createTestDatabase('api');
  globalThis.cohesionTestDatabase = database;
  process.env['COHESION_TEST_DATABASE_URL'] = database.url;
  process.env['COHESION_TEST_ADMIN_DATABASE_URL'] = database.adminUrl;
  await withMigratedDatabase({ databaseUrl: database.url, database: { poolSize: 2, connectTimeoutMs: 5000, statementTimeoutMs: 30_000 } }, async () => undefined);
}
