import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { aStaffMember, anOrganization, TEST_PASSWORD, type TestStaff } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';
import { growingDelay } from './sign-in-throttle';

/** A sign-in from a given client address, from a browser with no cookie of ours (a stranger's, or a new one). */
async function signInFrom(app: NestFastifyApplication, remoteAddress: string, email: string, password: string) {
  const health = await app.inject({ method: 'GET', url: '/api/health', remoteAddress });
  const cookies = Object.fromEntries(health.cookies.map((c) => [c.name, c.value]));
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress,
    headers: {
      cookie: Object.entries(cookies)
        .map(([k, v]) => `${k}=${v}`)
        .join('; '),
      'x-xsrf-token': cookies['XSRF-TOKEN'],
      'content-type': 'application/json',
    },
    payload: JSON.stringify({ email, password }),
  });
}

const anAddress = () => `10.${[1, 2, 3].map(() => Math.floor(Math.random() * 250) + 1).join('.')}`;
const WRONG = 'wrong password!!';

describe('sign-in throttling', () => {
  const context = useTestApp({
    COHESION_SIGN_IN_ACCOUNT_FAILURES: '5',
    COHESION_SIGN_IN_ADDRESS_FAILURES: '20',
    COHESION_SIGN_IN_LOCK_MINUTES: '15',
    COHESION_SIGN_IN_DELAY_MS: '40',
  });
  let organizationId: string;
  let other: TestStaff;

  beforeAll(async () => {
    organizationId = await anOrganization(context.db);
    other = await aStaffMember(context.db, organizationId, 'facilitator');
  });

  /** The owner's own browser: it has signed in as the account before, and carries the device cookie that proves it. */
  async function ownersBrowser(owner: TestStaff, remoteAddress = anAddress()): Promise<TestClient> {
    const browser = new TestClient(context.app, remoteAddress);
    await browser.signIn(owner.email, TEST_PASSWORD);
    expect(browser.cookie('cohesion_device')).toMatch(new RegExp(`^${owner.id}\\.`));
    expect((await browser.post('/api/auth/logout')).status).toBe(204);
    return browser;
  }

  it('never lets a stranger lock the owner out: 15 failures, then the owner’s own browser signs in at once', async () => {
    const owner = await aStaffMember(context.db, organizationId, 'facilitator');
    // Behind a proxy every client may share one address: the stranger uses the owner's. (Not 127.0.0.1: the counts
    // live in the database every test file shares, and a lock on it would hold back the other files' sign-ins.)
    const sharedAddress = anAddress();
    const browser = await ownersBrowser(owner, sharedAddress);
    const answers = [];
    for (let i = 0; i < 15; i++) answers.push((await signInFrom(context.app, sharedAddress, owner.email, WRONG)).statusCode);
    expect(answers).toEqual([401, 401, 401, 401, 401, ...Array(10).fill(429)]);

    expect((await browser.post('/api/auth/login', { email: owner.email, password: TEST_PASSWORD })).status).toBe(200);
    // A browser the account never knew is still kept out, with the same answer as for an unknown email.
    const stranger = await signInFrom(context.app, anAddress(), owner.email, TEST_PASSWORD);
    expect(stranger.statusCode).toBe(429);
    expect(Number(stranger.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(stranger.json()).toMatchObject({ code: 'too_many_sign_in_attempts', status: 429 });
  });

  it('counts a known browser’s own failures for that browser alone', async () => {
    const owner = await aStaffMember(context.db, organizationId, 'facilitator');
    const browser = await ownersBrowser(owner);
    for (let i = 0; i < 5; i++) expect((await browser.post('/api/auth/login', { email: owner.email, password: WRONG })).status).toBe(401);
    expect((await browser.post('/api/auth/login', { email: owner.email, password: TEST_PASSWORD })).status).toBe(429);
    // Its locked cookie does not lock the account: another of the owner's browsers, and a new one, still sign in.
    const other = await ownersBrowser(owner);
    expect((await other.post('/api/auth/login', { email: owner.email, password: TEST_PASSWORD })).status).toBe(200);
  });

  it('gives nothing to a forged device cookie, or to one of another account', async () => {
    const owner = await aStaffMember(context.db, organizationId, 'facilitator');
    const othersBrowser = await ownersBrowser(other);
    const [, nonce, signature] = (othersBrowser.cookie('cohesion_device') as string).split('.');
    for (let i = 0; i < 5; i++) await signInFrom(context.app, anAddress(), owner.email, WRONG);
    for (const forged of [`${owner.id}.${nonce}.${signature}`, othersBrowser.cookie('cohesion_device') as string, `${owner.id}.x.y`]) {
      const client = new TestClient(context.app).setCookie('cohesion_device', forged);
      expect((await client.post('/api/auth/login', { email: owner.email, password: TEST_PASSWORD })).status).toBe(429);
    }
  });

  it('holds a stranger’s attempts back longer after each failure, before locking them out', async () => {
    expect([0, 1, 2, 3, 4, 5, 10].map((failures) => growingDelay(failures, 500))).toEqual([0, 500, 1000, 2000, 4000, 8000, 8000]);
    const owner = await aStaffMember(context.db, organizationId, 'facilitator');
    for (let i = 0; i < 3; i++) await signInFrom(context.app, anAddress(), owner.email, WRONG);
    const started = context.clock.now().getTime();
    await signInFrom(context.app, anAddress(), owner.email, WRONG);
    // The fourth attempt waits 40 ms × 2² before its password is even checked.
    expect(context.clock.now().getTime() - started).toBe(160);
  });

  it('throttles an unknown email exactly like a known one, so answers tell nothing about who has an account', async () => {
    const unknown = `nobody-${randomUUID()}@cohesion.test`;
    const answers = [];
    for (let i = 0; i < 6; i++) {
      const response = await signInFrom(context.app, anAddress(), unknown, WRONG);
      answers.push([response.statusCode, response.json().code]);
    }
    expect(answers).toEqual([...Array(5).fill([401, 'invalid_credentials']), [429, 'too_many_sign_in_attempts']]);
  });

  it('locks a client address after more failures, across accounts, for browsers that are strangers to the account', async () => {
    const address = anAddress();
    for (let i = 0; i < 20; i++) expect((await signInFrom(context.app, address, `guess-${i}-${randomUUID()}@cohesion.test`, WRONG)).statusCode).toBe(401);
    expect((await signInFrom(context.app, address, other.email, TEST_PASSWORD)).statusCode).toBe(429);
    expect((await signInFrom(context.app, anAddress(), other.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('records refused sign-ins in the audit trail, with the reason', async () => {
    const owner = await aStaffMember(context.db, organizationId, 'facilitator');
    await signInFrom(context.app, anAddress(), owner.email, WRONG);
    for (let i = 0; i < 5; i++) await signInFrom(context.app, anAddress(), owner.email, WRONG);
    const rows = await context.db.query(
      `SELECT outcome, detail->>'reason' AS reason FROM audit_event WHERE actor_id = $1 AND action = 'auth.sign_in' ORDER BY seq`,
      [owner.id],
    );
    expect(rows.map((r: { outcome: string; reason: string | null }) => `${r.outcome}:${r.reason ?? ''}`)).toEqual([
      ...Array(5).fill('failure:wrong_password'),
      'denied:throttled',
    ]);
  });
});
