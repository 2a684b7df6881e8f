#!/usr/bin/env node
// `npm run bench`: the analytics and session-saving figures of issue 5 against the synthetic organization (npm run synth),
// through HTTP with signed-in users, beside the targets. Uses DATABASE_URL, else the embedded PostgreSQL of npm start.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { build, startDatabase } from '../../tools/launch.mjs';
import { startApi, watchMemory } from './api-process.mjs';
import { benchDatabaseClient, deleteSessions, findBenchData, timeRawOrganizationTrend } from './bench-data.mjs';
import { HttpSession } from './http-session.mjs';
import { concurrent, sequential } from './measure.mjs';
import { formatTable } from './report.mjs';

const SAMPLES = 50;
// Unmeasured requests before each figure, so that figures describe a server that has been running (code optimised).
const WARMUP = 20;
const env = { ...process.env };
const password = env.COHESION_DEMO_PASSWORD || 'cohesion-demo';

build(env, ['api']);
const postgres = await startDatabase(env);
const db = benchDatabaseClient(env);
let api;
const recorded = [];
try {
  await db.connect();
  const data = await findBenchData(db);
  if (!data) throw new Error('the database holds no synthetic organization: run `npm run synth` first (with the same DATABASE_URL).');
  console.log(`bench: ${data.ratings.toLocaleString('en-US')} ratings in ${data.groupIds.length} groups; starting the API…`);
  api = await startApi(env);
  const memory = watchMemory(api.pid);
  const director = new HttpSession(api.baseUrl);
  const ana = new HttpSession(api.baseUrl);
  await director.signIn('director@cohesion.test', password);
  await ana.signIn('ana@cohesion.test', password);

  const from = isoDate(addYears(data.today, -4));
  const range = `from=${from}&to=${data.today}`;
  const orgTrend = `/api/analytics/trends?scope=organization&bucket=week&${range}`;
  // A group's page opens on its last 12 months (the API's default range), the organization overview on 4 years by week.
  const groupTrend = (id) => `/api/analytics/trends?scope=group&id=${id}&bucket=session`;
  const get = (session, path) => () => session.json('GET', path);

  const rows = [];
  const measure = async (what, request, target, check) => {
    const result = await sequential(request, { warmup: WARMUP, samples: SAMPLES });
    rows.push({ what, ...result, target, met: check ? check(result) : null });
    return result;
  };

  // What any signed-in request costs (session check, framework): the floor under every figure below.
  await measure('baseline: who am I (GET /api/auth/me)', get(director, '/api/auth/me'));
  const org = await measure('organization trend by week, 4 years', get(director, orgTrend), 'p95 ≤ 20 ms', (r) => r.p95 <= 20);
  await measure('program trend by month, 4 years', get(director, `/api/analytics/trends?scope=program&id=${data.programId}&bucket=month&${range}`));
  await measure('one group’s trend by session, last 12 months', get(director, groupTrend(data.writeGroup.id)), 'p95 ≤ 10 ms', (r) => r.p95 <= 10);
  await measure(
    'one member’s trajectory',
    get(director, `/api/analytics/groups/${data.writeGroup.id}/members/${data.trajectoryMemberId}/trajectory`),
    'p95 ≤ 10 ms',
    (r) => r.p95 <= 10,
  );
  await measure('alerts of one facilitator (ana@)', get(director, `/api/analytics/alerts?facilitatorId=${data.anaId}`));
  await measure(
    'save a session: 10 attendances, 30 ratings (ana@)',
    async () => {
      const { id } = await ana.json('POST', `/api/groups/${data.writeGroup.id}/sessions`, sessionBody(data), { 'idempotency-key': randomUUID() });
      recorded.push(id);
    },
    'p95 ≤ 30 ms',
    (r) => r.p95 <= 30,
  );

  await measure(
    'supervision pack PDF, 12 months, a facilitator of 2 groups',
    () =>
      director.drain(`/api/reports/supervision.pdf?scope=facilitator&id=${data.packFacilitatorId}&from=${isoDate(addYears(data.today, -1))}&to=${data.today}`),
    'p95 ≤ 500 ms',
    (r) => r.p95 <= 500,
  ).catch((error) => rows.push({ what: `supervision pack: ${error.message}`, met: false }));
  rows.push(
    await timeRatingsExport(director, `/api/exports/ratings.csv?scope=program&id=${data.programId}&${range}`, 'ratings.csv of the largest program, 4 years'),
  );

  const readers = await concurrent(
    (worker, i) => director.drain((worker + i) % 2 ? orgTrend : groupTrend(data.groupIds[(worker * 31 + i) % data.groupIds.length])),
    { workers: 16, seconds: 10 },
  );
  rows.push({
    what: `16 concurrent readers, 10 s (group / organization trends; ${data.groupIds.length} groups)`,
    ...readers,
    extra: `${readers.perSecond.toFixed(0)} req/s`,
    target: '≥ 300 req/s, p95 ≤ 100 ms',
    met: readers.perSecond >= 300 && readers.p95 <= 100,
  });
  // The same readers when no answer can be reused: every request asks for a range no one asked for before.
  const computing = await concurrent(
    (worker, i) => {
      const from = isoDate(addDays(data.today, -365 - ((worker * 1000 + i) % 3000)));
      return director.drain(
        (worker + i) % 2
          ? `${orgTrend.replace(/from=[^&]+/, `from=${from}`)}`
          : `${groupTrend(data.groupIds[(worker * 31 + i) % data.groupIds.length])}&from=${from}&to=${data.today}`,
      );
    },
    { workers: 16, seconds: 10 },
  );
  rows.push({ what: '  the same, every answer computed afresh (no two requests alike)', ...computing, extra: `${computing.perSecond.toFixed(0)} req/s` });

  const raw = await timeRawOrganizationTrend(db, data.organizationId, from, data.today, 7);
  const rawMedian = [...raw.times].sort((a, b) => a - b)[Math.floor(raw.times.length / 2)];
  rows.push({
    what: `raw scan for the organization trend (PostgreSQL, ${raw.workers} parallel workers)`,
    n: raw.times.length,
    p50: rawMedian,
    max: Math.max(...raw.times),
  });
  const ratio = rawMedian / org.p50;
  rows.push({ what: 'raw scan ÷ organization trend p50', extra: `${ratio.toFixed(0)}×`, target: '≥ 80×', met: ratio >= 80 });
  const peak = memory.peakMb();
  rows.push({ what: 'API peak memory (RSS)', extra: `${peak.toFixed(0)} MB`, target: '< 300 MB', met: peak < 300 });

  console.log(`\n${formatTable(rows)}\n`);
  const missed = rows.filter((r) => r.met === false).length;
  console.log(missed ? `bench: ${missed} target${missed === 1 ? '' : 's'} missed.` : 'bench: every target met.');
} catch (error) {
  console.error(`\nbench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await api?.stop();
  await deleteSessions(db, recorded).catch((error) => console.error(`bench: could not remove its sessions: ${error.message}`));
  await db.end().catch(() => undefined);
  await postgres?.stop();
}

/** One full ratings.csv download, read to its end: rows, seconds and rows per second. */
async function timeRatingsExport(session, path, what) {
  const started = performance.now();
  const { status, text } = await session.request('GET', path, undefined, {}, { timeoutMs: 600_000 });
  const seconds = (performance.now() - started) / 1000;
  if (status !== 200) return { what: `${what}: answered ${status}`, met: false };
  const rows = text.split('\r\n').length - 2; // the header, and the empty string after the last CRLF
  return {
    what,
    n: 1,
    p50: seconds * 1000,
    extra: `${rows.toLocaleString('en-US')} rows, ${seconds.toFixed(1)} s, ${Math.round(rows / seconds).toLocaleString('en-US')} rows/s`,
  };
}

/** The body of a recorded session (DESIGN §7): everyone present, three ratings each, a short note. */
function sessionBody(data) {
  const attendance = data.writeGroup.memberIds.map((memberId) => ({ memberId, status: 'present' }));
  const ratings = data.writeGroup.memberIds.flatMap((memberId, i) =>
    ['belonging', 'learning', 'accountability'].map((measure, m) => ({ memberId, measure, score: 4 + ((i + m) % 6) })),
  );
  return {
    heldOn: data.today,
    durationMinutes: 90,
    attendance,
    note: {
      themes: ['coping skills'],
      process: 'Warm, focused session with strong peer feedback.',
      interventions: 'Linking and universalising; modelled feedback using the group agreements.',
      risk: { level: 'none', followUp: null },
      plan: 'Continue the theme next week.',
      feedbackDiscussed: 'The group looked at last week’s ratings together.',
    },
    ratings,
  };
}

function addYears(isoDay, years) {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date;
}

function addDays(isoDay, days) {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000);
}

function isoDate(date) {
  return date.toISOString().slice(0, 10);
}
