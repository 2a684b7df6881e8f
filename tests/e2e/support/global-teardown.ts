import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const { database, server, dataDir } = globalThis.cohesionE2e ?? {};
  if (server?.isAlive()) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  await database?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
