import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '../../tools/test-database.cjs';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { testConfig } from './test-config';

declare global {
  var cohesionTestDatabase: TestDatabase | undefined;
}

/**
 * Creates this run's database, migrates it once as its owner, and hands its URLs to the test workers through the
 * environment, with a folder for the API's own files (audit checkpoints), removed at the end of the run.
 */
export default async function globalSetup(): Promise<void> {
  const database = await createTestDatabase('api');
  globalThis.cohesionTestDatabase = database;
  process.env['COHESION_TEST_DATABASE_URL'] = database.url;
  process.env['COHESION_TEST_OWNER_DATABASE_URL'] = database.ownerUrl;
  process.env['COHESION_TEST_SUPERUSER_DATABASE_URL'] = database.superuserUrl;
  process.env['COHESION_TEST_ADMIN_DATABASE_URL'] = database.adminUrl;
  process.env['COHESION_TEST_DATA_DIR'] = mkdtempSync(join(tmpdir(), 'cohesion-test-data-'));
  // Migrations alone: a new database has no audit trail to seal, and the path aliases (@cohesion/…) that sealing code
  // imports resolve only in the test workers.
  const owner = await new DataSource(dataSourceOptions(testConfig())).initialize();
  try {
    await owner.runMigrations({ transaction: 'each' });
  } finally {
    await owner.destroy();
  }
}
