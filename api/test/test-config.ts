import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, type AppConfig } from '../src/config/app-config';

function fromEnvironment(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the API tests through Jest (global setup creates it).`);
  return value;
}

/** The login the API serves through on the test database. */
export const testDatabaseUrl = () => fromEnvironment('COHESION_TEST_DATABASE_URL');
/** The test database's owner, which migrated it. */
export const testOwnerDatabaseUrl = () => fromEnvironment('COHESION_TEST_OWNER_DATABASE_URL');
/** The server's superuser on the test database: row-level security does not bind it. */
export const testSuperuserDatabaseUrl = () => fromEnvironment('COHESION_TEST_SUPERUSER_DATABASE_URL');

let dataDir: string | undefined;

/** A data folder (audit checkpoints) of this test file's own, inside the run's. */
export function testDataDir(): string {
  dataDir ??= mkdtempSync(join(fromEnvironment('COHESION_TEST_DATA_DIR'), 'app-'));
  return dataDir;
}

export const TEST_SECRET_KEY = 'test-only secret key, 32 characters or more';

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  // Every test request comes from one address and tests call analytics in bulk: only the throttling and rate-limit
  // tests ask for limits that bite.
  return loadConfig({
    DATABASE_URL: testDatabaseUrl(),
    DATABASE_OWNER_URL: testOwnerDatabaseUrl(),
    COHESION_DATA_DIR: testDataDir(),
    LOG_LEVEL: 'silent',
    COHESION_WEB_ROOT: '/nonexistent',
    COHESION_SIGN_IN_ADDRESS_FAILURES: '100000',
    COHESION_SECRET_KEY: TEST_SECRET_KEY,
    COHESION_EXPENSIVE_REQUESTS_PER_MINUTE: '1000000',
    // Specs send mail by calling MailDelivery.deliverDue themselves.
    COHESION_MAIL_POLL_MS: '0',
    ...overrides,
  });
}
