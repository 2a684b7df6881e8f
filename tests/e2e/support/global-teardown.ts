export default async function globalTeardown(): Promise<void> {
  const { database, server } = globalThis.cohesionE2e ?? {};
  if (server?.isAlive()) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  await database?.drop();
}
