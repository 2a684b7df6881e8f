#!/usr/bin/env node
// `npm test`: every project's tests (unit, integration against real PostgreSQL, browser) through Nx. Without
// DATABASE_URL one embedded PostgreSQL serves the whole run; each test suite creates and drops its own database.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmbeddedPostgres } from './postgres.cjs';

const root = resolve(import.meta.dirname, '..');
const env = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', NG_CLI_ANALYTICS: 'false', ...process.env };
let postgres;
let dataDir;

if (!env.DATABASE_URL) {
  dataDir = mkdtempSync(join(tmpdir(), 'cohesion-test-pg-'));
  console.log('npm test: no DATABASE_URL, starting embedded PostgreSQL for this run…');
  postgres = await startEmbeddedPostgres({ dataDir: join(dataDir, 'data') });
  env.DATABASE_URL = postgres.adminUrl;
}

const nx = spawnSync(
  process.execPath,
  [resolve(root, 'node_modules/nx/dist/bin/nx.js'), 'run-many', '-t', 'test', '--outputStyle=static', '--parallel=2', ...process.argv.slice(2)],
  { cwd: root, env, stdio: 'inherit' },
);

await postgres?.stop();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });
process.exit(nx.status ?? 1);
