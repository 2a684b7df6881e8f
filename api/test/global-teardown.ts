import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  await globalThis.cohesionTestDatabase?.drop();
  const dataDir = process.env['COHESION_TEST_DATA_DIR'];
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
