#!/usr/bin/env node
// `npm run test:faults`: the API under mixed reads and writes while its PostgreSQL fails, against a PostgreSQL this
// script starts and owns (embedded, its own port and data folder, loopback only; never the machine's service).
// Scenarios: a fast restart, a killed postmaster (crash recovery), every API backend terminated, and the pool
// exhausted by statements stuck behind a lock (three times more clients than connections). Each prints its
// figures and fails (exit code 1) when a promise is broken: an acknowledged write missing afterwards, a crashed
// API, an outage answered other than 503 with Retry-After, or no recovery within 5 s of PostgreSQL accepting
// connections. FAULT_SECONDS sets each scenario's length (default 60).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { build } from '../../tools/launch.mjs';
import postgresTools from '../../tools/postgres.cjs';
import { startApi } from '../bench/api-process.mjs';
import { HttpSession } from '../bench/http-session.mjs';

const SECONDS = Number(process.env.FAULT_SECONDS ?? 60);
const WORKERS = 8;
const POOL_SIZE = 10;
const RECOVERY_LIMIT_MS = 5000;
const PASSWORD = 'cohesion-demo';
// Two days ago in UTC: in the past in every clinic's time zone.
const HELD_ON = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);

const { startEmbeddedPostgres, ensureDatabase, ensureLogins, databaseUrl, LOCAL_LOGINS } = postgresTools;
const env = { ...process.env, COHESION_DEMO_PASSWORD: PASSWORD };
delete env.DATABASE_URL;
delete env.DATABASE_OWNER_URL;
build(env, ['api']);

const dataDir = mkdtempSync(join(tmpdir(), 'cohesion-faults-'));
const postgres = await startEmbeddedPostgres({ dataDir: join(dataDir, 'db') });
await ensureLogins(postgres.adminUrl, LOCAL_LOGINS);
await ensureDatabase(postgres.adminUrl, 'cohesion_faults', { owner: LOCAL_LOGINS.owner.role });
// The API as in production: served through its own login, migrated by the owner. The checks below count as the
// superuser, across the organization's rows.
env.DATABASE_URL = databaseUrl(postgres.adminUrl, 'cohesion_faults', LOCAL_LOGINS.runtime);
env.DATABASE_OWNER_URL = databaseUrl(postgres.adminUrl, 'cohesion_faults', LOCAL_LOGINS.owner);
env.COHESION_DATA_DIR = join(dataDir, 'api');
// A short connection timeout, so that requests during the outage fail fast instead of queueing.
env.COHESION_DB_CONNECT_TIMEOUT_MS = '1000';
env.COHESION_DB_POOL_SIZE = String(POOL_SIZE);

const scenarios = [
  ['restart', 'PostgreSQL restarted (fast shutdown, 1 s down)', WORKERS, () => postgres.restart({ downMs: 1000 })],
  ['kill', 'PostgreSQL killed (SIGKILL of the postmaster, crash recovery)', WORKERS, () => postgres.restart({ kill: true, downMs: 1000 })],
  ['terminate', 'every API backend terminated with pg_terminate_backend', WORKERS, () => terminateApiBackends(postgres.adminUrl)],
  [
    'exhaust',
    `group_session locked for 8 s under ${3 * POOL_SIZE} clients and ${POOL_SIZE} connections`,
    3 * POOL_SIZE,
    () => lockTableFor(postgres.adminUrl, 'cohesion_faults', 'group_session', 8000),
  ],
];

let failed = false;
let api;
try {
  api = await startApi(env, { demo: true });
  const ana = new HttpSession(api.baseUrl);
  await ana.signIn('ana@cohesion.test', PASSWORD);
  const target = await writableGroup(ana);
  for (const [name, what, workers, fault] of scenarios) {
    const result = await runScenario(api, ana, target, workers, fault);
    const found = await countStored(databaseUrl(postgres.adminUrl, 'cohesion_faults'), result.acknowledged);
    const connections = await apiConnections(postgres.adminUrl);
    const report = {
      scenario: `${name}: ${what}`,
      seconds: SECONDS,
      requests: result.requests,
      'acknowledged writes': result.acknowledged.length,
      'acknowledged writes found afterwards': found,
      'answers by kind': result.kinds,
      'outage answers without 503 + Retry-After': result.badOutageAnswers,
      'slowest 503 (ms)': result.slowest503Ms,
      'recovery after PostgreSQL accepted connections (ms)': result.recoveryMs,
      'API still running': api.running(),
      'API connections afterwards (open / idle in transaction)': `${connections.open} / ${connections.idleInTransaction}`,
    };
    console.log(JSON.stringify(report, null, 2));
    const broken = [
      found !== result.acknowledged.length && 'an acknowledged write is missing',
      !api.running() && 'the API crashed',
      result.badOutageAnswers > 0 && 'an outage was answered without 503 and Retry-After',
      !(result.recoveryMs <= RECOVERY_LIMIT_MS) && `the API did not serve again within ${RECOVERY_LIMIT_MS} ms`,
      (connections.open > POOL_SIZE || connections.idleInTransaction > 0) && 'connections leaked',
    ].filter(Boolean);
    if (broken.length) {
      failed = true;
      const unexpected = api
        .errorLog()
        .split('\n')
        .filter((line) => line.includes('"msg":"request failed"'))
        .slice(-3);
      if (unexpected.length) console.log(`faults: the API's last unexpected errors:\n${unexpected.join('\n')}`);
      console.log(`faults: ${name}: ${broken.join('; ')}`);
    }
  }
} catch (error) {
  failed = true;
  console.error(`faults: ${error instanceof Error ? error.stack : String(error)}`);
} finally {
  await api?.stop();
  await postgres.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(failed ? 'faults: a promise was broken.' : 'faults: every promise kept.');
process.exitCode = failed ? 1 : 0;

/**
 * `workers` clients read and write for SECONDS; the fault strikes a third of the way in. A write is retried with the
 * same Idempotency-Key until it is acknowledged (or time is up), as the dashboard does.
 */
async function runScenario(api, session, target, workers, fault) {
  const kinds = {};
  const acknowledged = [];
  let requests = 0;
  let badOutageAnswers = 0;
  let slowest503Ms = 0;
  let acceptingSince = null;
  let recoveryMs = null;
  const started = Date.now();
  const deadline = started + SECONDS * 1000;
  const count = (kind) => (kinds[kind] = (kinds[kind] ?? 0) + 1);

  const one = async (method, path, body, headers) => {
    requests += 1;
    const sent = Date.now();
    try {
      const response = await session.request(method, path, body, headers, { timeoutMs: 10_000 });
      count(String(response.status));
      if (response.status === 503) slowest503Ms = Math.max(slowest503Ms, Date.now() - sent);
      if (response.status >= 500 && !(response.status === 503 && response.headers['retry-after'])) badOutageAnswers += 1;
      if (response.status < 300 && acceptingSince !== null && recoveryMs === null) recoveryMs = Date.now() - acceptingSince;
      return response;
    } catch (error) {
      count(`network: ${error.code ?? error.message}`);
      return null;
    }
  };

  const worker = async (index) => {
    while (Date.now() < deadline) {
      if (index % 2 === 0) {
        await one('GET', `/api/groups/${target.groupId}/sessions?limit=5`);
        continue;
      }
      const key = randomUUID();
      const body = sessionBody(target);
      while (Date.now() < deadline) {
        const response = await one('POST', `/api/groups/${target.groupId}/sessions`, body, { 'idempotency-key': key });
        if (response && response.status < 300) {
          acknowledged.push(JSON.parse(response.text).id);
          break;
        }
        // Only an outage is worth retrying: any other refusal is the request's own fault (and a broken promise).
        if (response && response.status !== 503) {
          count(`refused write: ${JSON.parse(response.text).code}`);
          break;
        }
        await new Promise((done) => setTimeout(done, 100));
      }
    }
  };

  const strike = (async () => {
    await new Promise((done) => setTimeout(done, (SECONDS * 1000) / 3));
    await fault();
    acceptingSince = Date.now();
  })();
  await Promise.all([...Array.from({ length: workers }, (_, i) => worker(i)), strike]);
  return { kinds, acknowledged, requests, badOutageAnswers, slowest503Ms, recoveryMs };
}

async function writableGroup(session) {
  const groups = await session.json('GET', '/api/groups');
  for (const group of groups) {
    const members = await session.json('GET', `/api/groups/${group.id}/members`);
    const current = members.filter((m) => m.joinedOn <= HELD_ON && (!m.leftOn || m.leftOn > HELD_ON));
    if (current.length) return { groupId: group.id, memberIds: current.map((m) => m.id) };
  }
  throw new Error('ana@ has no group with members in the demo data');
}

function sessionBody(target) {
  return {
    heldOn: HELD_ON,
    durationMinutes: 90,
    attendance: target.memberIds.map((memberId) => ({ memberId, status: 'present' })),
    ratings: target.memberIds.map((memberId) => ({ memberId, measure: 'belonging', score: 7 })),
  };
}

async function countStored(url, sessionIds) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM group_session WHERE id = ANY ($1)`, [sessionIds]);
    return rows[0].n;
  } finally {
    await client.end();
  }
}

async function terminateApiBackends(adminUrl) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'cohesion-api'`);
  } finally {
    await client.end();
  }
}

/** Holds an exclusive lock on `table` for `ms` (statements behind it reach their lock timeout); resolves once it is let go. */
async function lockTableFor(adminUrl, database, table, ms) {
  const client = new pg.Client({ connectionString: databaseUrl(adminUrl, database) });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    await new Promise((done) => setTimeout(done, ms));
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

/** The API's connections a moment after the load stopped: none may be left inside a transaction. */
async function apiConnections(adminUrl) {
  await new Promise((done) => setTimeout(done, 500));
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT count(*)::int AS open, count(*) FILTER (WHERE state LIKE 'idle in transaction%')::int AS "idleInTransaction"
         FROM pg_stat_activity WHERE application_name = 'cohesion-api'`,
    );
    return rows[0];
  } finally {
    await client.end();
  }
}
