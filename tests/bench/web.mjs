#!/usr/bin/env node
// `npm run bench:web`: the dashboard figures of issue 6, beside their targets: the initial JavaScript of the sign-in
// route (gzip), and the director's outcomes overview on the synthetic organization (npm run synth): the time from
// navigation until its charts are drawn, through the system Chromium. Uses DATABASE_URL, else npm start's embedded
// PostgreSQL.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, root, startDatabase } from '../../tools/launch.mjs';
import { startApi } from './api-process.mjs';
import { benchDatabaseClient, findBenchData } from './bench-data.mjs';
import { lighthouseScores } from './lighthouse.mjs';

const SAMPLES = 7;
const env = { ...process.env };
const password = env.COHESION_DEMO_PASSWORD || 'cohesion-demo';
const webRoot = resolve(root, 'dist/web/browser');

build(env, ['api', 'web']);

/** The scripts index.html loads at once (entry and module preloads): what the sign-in route needs before it can draw. */
function initialJavaScript() {
  const html = readFileSync(resolve(webRoot, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]);
  const sizes = [...new Set(files)].map((file) => {
    const content = readFileSync(resolve(webRoot, file));
    return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
  return { files: sizes.length, raw: sizes.reduce((sum, s) => sum + s.raw, 0), gzip: sizes.reduce((sum, s) => sum + s.gzip, 0) };
}

/** Columns padded to their widest cell. */
function formatTable(header, rows) {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => String(row[i]).length)));
  return [header, ...rows].map((row) => row.map((cell, i) => String(cell).padEnd(widths[i])).join('  ')).join('\n');
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const initial = initialJavaScript();
const postgres = await startDatabase(env);
const db = benchDatabaseClient(env);
let api;
let browser;
try {
  await db.connect();
  const data = await findBenchData(db);
  if (!data) throw new Error('the database holds no synthetic organization: run `npm run synth` first (with the same DATABASE_URL).');
  console.log(`bench:web: ${data.ratings.toLocaleString('en-US')} ratings in ${data.groupIds.length} groups; starting the API…`);
  api = await startApi(env);
  browser = await chromium.launch({
    executablePath: env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${api.baseUrl}/sign-in`);
  await page.getByLabel('Email').fill('director@cohesion.test');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // A director lands on the overview; its figures and curves are let finish before the measured navigations.
  await page.getByRole('heading', { name: 'Outcomes overview' }).waitFor();
  await page.getByRole('figure', { name: /Members still attending after their nth session/ }).waitFor({ timeout: 60_000 });

  const compressed = await page.evaluate(async () => {
    const response = await fetch('/api/analytics/trends?scope=organization&bucket=week');
    return { encoding: response.headers.get('content-encoding') };
  });

  const timings = [];
  for (let sample = 0; sample < SAMPLES; sample++) {
    await page.goto(`${api.baseUrl}/home`);
    await page.getByRole('heading', { name: 'All groups' }).waitFor();
    // Each sample starts from a settled page: the cards' figures (every group's open alerts) have arrived.
    await page.locator('ch-group-card .outcomes').first().waitFor({ timeout: 60_000 });
    const started = Date.now();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outcomes overview' }).click();
    await page
      .getByRole('figure', { name: /weekly means with 95% intervals/ })
      .locator('path.line')
      .first()
      .waitFor();
    await page.getByRole('table', { name: /Benefit index \(0–10\) of each group by week/ }).waitFor();
    timings.push(Date.now() - started);
    // The figures and climate drops load after the charts; the next sample starts once they are in, so that one
    // sample's slow queries do not run under the next.
    await page
      .getByText(/^\d{1,3}%$/)
      .first()
      .waitFor({ timeout: 60_000 });
    await page.locator('.drops, :text("No group’s climate has dropped recently.")').first().waitFor({ timeout: 60_000 });
    await page.getByRole('figure', { name: /Members still attending after their nth session/ }).waitFor({ timeout: 60_000 });
  }

  // Lighthouse loads the overview afresh, signed in as the director through the session cookie.
  const cookieHeader = (await page.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  const scores = await lighthouseScores(`${api.baseUrl}/overview`, { cookieHeader, chromePath: env.CHROME_PATH || '/usr/bin/chromium' });
  if (!scores.finalUrl.endsWith('/overview')) throw new Error(`Lighthouse was not shown the overview but ${scores.finalUrl}`);
  const ms = (value) => `${Math.round(value)} ms`;

  console.log(
    formatTable(
      ['figure', 'measured', 'target', 'met'],
      [
        [
          'initial JavaScript of the sign-in route (gzip)',
          `${kb(initial.gzip)} (${initial.files} files, ${kb(initial.raw)} raw)`,
          '≤ 100 KB',
          initial.gzip <= 100 * 1024 ? 'yes' : 'no',
        ],
        ['production build budget (raw initial)', 'fails above 500 KB (web/project.json)', '500 KB', 'yes'],
        [
          `director overview: navigation to charts drawn (median of ${SAMPLES})`,
          `${median(timings)} ms (max ${Math.max(...timings)} ms; ${timings.join(', ')})`,
          '≤ 1,500 ms',
          Math.max(...timings) <= 1500 ? 'yes' : 'no',
        ],
        ['API answers compressed (Accept-Encoding from the browser)', compressed.encoding ?? 'none', 'br or gzip', compressed.encoding ? 'yes' : 'no'],
        [
          `Lighthouse 12 desktop performance, director overview (median of ${scores.runs.length})`,
          `${scores.performance} (FCP ${ms(scores.fcp)}, LCP ${ms(scores.lcp)}, TBT ${ms(scores.tbt)}, CLS ${scores.cls.toFixed(3)})`,
          '≥ 95',
          scores.performance >= 95 ? 'yes' : 'no',
        ],
        ['Lighthouse 12 accessibility, director overview', String(scores.accessibility), '≥ 95', scores.accessibility >= 95 ? 'yes' : 'no'],
      ],
    ),
  );
} finally {
  await browser?.close();
  await api?.stop();
  await db.end().catch(() => undefined);
  await postgres?.stop();
}
