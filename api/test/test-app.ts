import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { dataSourceOptions } from '../src/database/data-source-options';
import { FixedClock } from './test-clock';
import { testConfig, testSuperuserDatabaseUrl } from './test-config';

export * from './test-clock';
export * from './test-config';

/** The whole API, as served, without a network socket (Fastify inject), at the test clock's time. */
export async function startTestApp(overrides: Record<string, string> = {}, clock = new FixedClock()): Promise<NestFastifyApplication> {
  return createApp(testConfig(overrides), { clock });
}

/** A direct connection for arranging data across organizations and inspecting what the API wrote: the superuser's. */
export async function openTestDatabase(): Promise<DataSource> {
  return new DataSource(dataSourceOptions({ ...testConfig(), databaseOwnerUrl: testSuperuserDatabaseUrl() })).initialize();
}
