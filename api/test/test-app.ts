import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '../src/config/app-config';
import { createApp } from '../src/create-app';
import { dataSourceOptions } from '../src/database/data-source-options';

export function testDatabaseUrl(): string {
  const url = process.env['COHESION_TEST_DATABASE_URL'];
  if (!url) throw new Error('COHESION_TEST_DATABASE_URL is not set: run the API tests through Jest (global setup creates it).');
  return url;
}

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  // Every test request comes from one address and tests call analytics in bulk: only the throttling and rate-limit
  // tests ask for limits that bite.
  return loadConfig({
    DATABASE_URL: testDatabaseUrl(), LOG_LEVEL: 'silent', COHESION_WEB_ROOT: '/nonexistent', COHESION_SIGN_IN_ADDRESS_FAILURES: '100000',
    COHESION_SECRET_KEY: 'test-only secret key, 32 characters or more', COHESION_EXPENSIVE_REQUESTS_PER_MINUTE: '1000000', ...overrides,
  });
}

/** The whole API, as served, without a network socket (Fastify inject). */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<NestFastifyApplication> {
  return createApp(testConfig(overrides));
}

/** A direct connection for arranging data and inspecting what the API wrote. */
export async function openTestDatabase(): Promise<DataSource> {
  return new DataSource(dataSourceOptions(testConfig())).initialize();
}
