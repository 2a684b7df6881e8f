import { createTestDatabase, type TestDatabase } from '../../tools/test-database.cjs';
import { withMigratedDatabase } from '../src/database/prepare-database';

declare global {
  var cohesionTestDatabase: TestDatabase | undefined;
}

/** Creates this run's database, migrates it once, and hands its URL to the test workers through the environment. */
export default async function globalSetup(): Promise<void> {
  const database = await createTestDatabase('api');
  globalThis.cohesionTestDatabase = database;
  process.env['COHESION_TEST_DATABASE_URL'] = database.url;
  process.env['COHESION_TEST_ADMIN_DATABASE_URL'] = database.adminUrl;
  await withMigratedDatabase({ databaseUrl: database.url, database: { poolSize: 2, connectTimeoutMs: 5000, statementTimeoutMs: 30_000, lockTimeoutMs: 5000 } }, async () => undefined);
}
