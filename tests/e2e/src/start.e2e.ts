import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../../tools/postgres.cjs';
import { createTestDatabase } from '../../../tools/test-database.cjs';
import { runNode, waitForHealthy } from '../support/server';

/** `npm start` on a machine without PostgreSQL: embedded PostgreSQL, migrations, demo data, Ctrl-C, and a restart. */
describe('npm start (tools/start.mjs) with embedded PostgreSQL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cohesion-start-'));

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function startOnce(port: number) {
    const started = Date.now();
    const run = runNode('tools/start.mjs', {
      DATABASE_URL: undefined,
      DATABASE_OWNER_URL: undefined,
      COHESION_DEMO: undefined,
      COHESION_DATA_DIR: dataDir,
      COHESION_SKIP_BUILD: '1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
    });
    await waitForHealthy(`http://127.0.0.1:${port}/api/health`, 90_000, run.isAlive).catch((error: Error) => {
      run.child.kill('SIGKILL');
      throw new Error(`${error.message}\n${run.output.text}`);
    });
    return { run, secondsToHealthy: (Date.now() - started) / 1000 };
  }

  it('serves the dashboard and a healthy API, prints the demo accounts, stops cleanly on Ctrl-C and seeds nothing twice', async () => {
    const port = await freePort();
    const first = await startOnce(port);
    process.stdout.write(`npm start (embedded PostgreSQL, first run): healthy after ${first.secondsToHealthy.toFixed(1)} s\n`);

    const page = await fetch(`http://127.0.0.1:${port}/sign-in`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<ch-root');
    expect(first.run.output.text).toContain(`http://localhost:${port}`);
    expect(first.run.output.text).toContain('ana@cohesion.test');
    expect(first.run.output.text).toContain('demo data created just now');

    first.run.child.kill('SIGINT');
    expect(await first.run.exited).toEqual({ code: 0, signal: null });
    expect(first.run.output.text).toContain('stopping PostgreSQL');

    const second = await startOnce(port);
    expect(second.run.output.text).not.toContain('demo data created just now');
    const cookie = await signInCookie(port);
    const groups = await fetch(`http://127.0.0.1:${port}/api/groups`, { headers: { cookie } });
    expect((await groups.json()).map((g: { name: string }) => g.name).sort()).toEqual(['Thursday Grief Group', 'Tuesday Recovery Circle']);
    second.run.child.kill('SIGTERM');
    expect((await second.run.exited).code).toBe(0);
  });

  it('says so, without a stack trace, when the port is taken', async () => {
    const blocker = require('node:net').createServer();
    const port = await freePort();
    await new Promise<void>((listening) => blocker.listen(port, '127.0.0.1', listening));
    try {
      const run = runNode('tools/start.mjs', {
        DATABASE_URL: undefined,
        DATABASE_OWNER_URL: undefined,
        COHESION_DATA_DIR: dataDir,
        COHESION_SKIP_BUILD: '1',
        PORT: String(port),
      });
      const { code } = await run.exited;
      expect(code).not.toBe(0);
      expect(run.output.text).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(run.output.text).toContain('stopping PostgreSQL');
      expect(run.output.text).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });

  it('refuses, outside demo mode, to serve through a superuser’s login, in one sentence that says what to do', async () => {
    const database = await createTestDatabase('start_login');
    try {
      const run = runNode('tools/start.mjs', {
        DATABASE_URL: database.superuserUrl,
        DATABASE_OWNER_URL: database.ownerUrl,
        COHESION_DEMO: '0',
        COHESION_SECRET_KEY: 'start test secret key, 32 characters or more',
        COHESION_DATA_DIR: dataDir,
        COHESION_SKIP_BUILD: '1',
        PORT: String(await freePort()),
      });
      const { code } = await run.exited;
      expect(code).not.toBe(0);
      const superuser = new URL(database.superuserUrl).username;
      expect(run.output.text).toContain(
        `cohesion: DATABASE_URL logs in as "${superuser}", which is a superuser; the API must serve through a login of its own`,
      );
      expect(run.output.text).not.toMatch(/\n\s+at /);
    } finally {
      await database.drop();
    }
  });

  it('stops at once with a message naming the variable when DATABASE_URL is malformed', async () => {
    const run = runNode('tools/start.mjs', { DATABASE_URL: 'mysql://localhost/cohesion', COHESION_SKIP_BUILD: '1', PORT: String(await freePort()) });
    const { code } = await run.exited;
    expect(code).not.toBe(0);
    expect(run.output.text).toContain('DATABASE_URL must start with postgres://');
    expect(run.output.text).not.toMatch(/\n\s+at /);
  });
});

async function signInCookie(port: number): Promise<string> {
  const first = await fetch(`http://127.0.0.1:${port}/api/health`);
  const csrf = first.headers.getSetCookie().map((c) => c.split(';')[0]);
  const xsrf = csrf.find((c) => c.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length) ?? '';
  const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: csrf.join('; '), 'x-xsrf-token': xsrf },
    body: JSON.stringify({ email: 'ana@cohesion.test', password: 'cohesion-demo' }),
  });
  expect(login.status).toBe(200);
  return [...csrf, ...login.headers.getSetCookie().map((c) => c.split(';')[0])].join('; ');
}
