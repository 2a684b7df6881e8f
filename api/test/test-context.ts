import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { dataSourceOptions } from '../src/database/data-source-options';
import { withMigratedDatabase } from '../src/start-up/migrated-database';
import { useScratchDatabase } from './scratch-database';
import { TEST_PASSWORD } from './fixtures';
import { TestClient } from './http-client';
import { FixedClock, openTestDatabase, startTestApp } from './test-app';

export interface TestContext {
  app: NestFastifyApplication;
  /** The app's clock: it stands at TEST_NOW until a test moves it. */
  clock: FixedClock;
  db: DataSource;
  /** A client signed in as this staff member. */
  signedIn(staff: { email: string }): Promise<TestClient>;
  /** The same, signed in once per describe block and reused. */
  as(staff: { email: string }): Promise<TestClient>;
}

/** Starts the API and opens the test database for the enclosing describe block, and closes both after it. */
export function useTestApp(configOverrides: Record<string, string> = {}): TestContext {
  return useApp(
    (clock) => startTestApp(configOverrides, clock),
    () => openTestDatabase(),
  );
}

/**
 * The same on an empty database of the block's own, migrated: for what one deployment shares across organizations
 * (the mail outbox), which tests running side by side on the test database would otherwise see of each other.
 */
export function useTestAppOnOwnDatabase(label: string, configOverrides: Record<string, string> = {}): TestContext {
  const scratch = useScratchDatabase(label, configOverrides);
  return useApp(
    async (clock) => {
      await withMigratedDatabase(scratch, async () => undefined);
      return createApp(scratch, { clock });
    },
    () => new DataSource(dataSourceOptions({ ...scratch, databaseOwnerUrl: scratch.superuserUrl })).initialize(),
  );
}

function useApp(start: (clock: FixedClock) => Promise<NestFastifyApplication>, openDatabase: () => Promise<DataSource>): TestContext {
  const signedInClients = new Map<string, Promise<TestClient>>();
  const context = {
    as(staff: { email: string }) {
      if (!signedInClients.has(staff.email)) signedInClients.set(staff.email, context.signedIn(staff));
      return signedInClients.get(staff.email) as Promise<TestClient>;
    },
    async signedIn(staff: { email: string }) {
      const client = new TestClient(context.app);
      await client.signIn(staff.email, TEST_PASSWORD);
      return client;
    },
    clock: new FixedClock(),
  } as TestContext;
  beforeAll(async () => {
    context.app = await start(context.clock);
    context.db = await openDatabase();
  });
  afterAll(async () => {
    signedInClients.clear();
    await context.app?.close();
    await context.db?.destroy();
  });
  return context;
}
