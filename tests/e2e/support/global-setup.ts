import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../../tools/postgres.cjs';
import { createTestDatabase, type TestDatabase } from '../../../tools/test-database.cjs';
import { root, runNode, waitForHealthy, type RunningNode } from './server';

declare global {
  var cohesionE2e: { database: TestDatabase; server: RunningNode; dataDir: string } | undefined;
}

/** One running Cohesion in demo mode, on a fresh database and data folder, shared by the browser tests of this run. */
export default async function globalSetup(): Promise<void> {
  const database = await createTestDatabase('e2e');
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'cohesion-e2e-'));
  const server = runNode('dist/api/main.js', {
    DATABASE_URL: database.url,
    DATABASE_OWNER_URL: database.ownerUrl,
    COHESION_DATA_DIR: dataDir,
    PORT: String(port),
    // The links in emails lead where the browser tests browse, so the session cookie they set is the one they use.
    COHESION_PUBLIC_URL: `http://127.0.0.1:${port}`,
    COHESION_DEMO: '1',
    COHESION_WEB_ROOT: join(root, 'dist/web/browser'),
    LOG_LEVEL: 'warn',
  });
  globalThis.cohesionE2e = { database, server, dataDir };
  try {
    await waitForHealthy(`http://127.0.0.1:${port}/api/health`, 60_000, server.isAlive);
  } catch (error) {
    server.child.kill('SIGKILL');
    await database.drop();
    throw new Error(`${(error as Error).message}\n${server.output.text}`);
  }
  process.env['E2E_BASE_URL'] = `http://127.0.0.1:${port}`;
}
