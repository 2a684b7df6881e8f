import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { aStaffMember, anOrganization, TEST_PASSWORD, type TestStaff } from '../../../test/fixtures';
import { useTestApp } from '../../../test/test-context';

/** A sign-in from a given client address (the tests' own address is shared by every suite, so each test picks its own). */
async function signInFrom(app: NestFastifyApplication, remoteAddress: string, email: string, password: string) {
  const health = await app.inject({ method: 'GET', url: '/api/health', remoteAddress });
  const cookies = Object.fromEntries(health.cookies.map((c) => [c.name, c.value]));
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress,
    headers: {
      cookie: Object.entries(cookies).map(([k, v]) => `${k}=${v}`).join('; '),
      'x-xsrf-token': cookies['XSRF-TOKEN'],
      'content-type': 'application/json',
    },
    payload: JSON.stringify({ email, password }),
  });
}

const anAddress = () => `10.${[1, 2, 3].map(() => Math.floor(Math.random() * 250) + 1).join('.')}`;

describe('sign-in throttling', () => {
  const context = useTestApp({ COHESION_SIGN_IN_ACCOUNT_FAILURES: '3', COHESION_SIGN_IN_ADDRESS_FAILURES: '6', COHESION_SIGN_IN_LOCK_MINUTES: '15' });
  let staff: TestStaff;
  let other: TestStaff;

  beforeAll(async () => {
    const organizationId = await anOrganization(context.db);
    staff = await aStaffMember(context.db, organizationId, 'facilitator');
    other = await aStaffMember(context.db, organizationId, 'facilitator');
  });

  it('locks an account after repeated failures, even against the right password, with 429 and Retry-After', async () => {
    for (let i = 0; i < 3; i++) expect((await signInFrom(context.app, anAddress(), staff.email, 'wrong password!!')).statusCode).toBe(401);
    const locked = await signInFrom(context.app, anAddress(), staff.email, TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    expect(locked.json()).toMatchObject({ code: 'too_many_sign_in_attempts', status: 429 });
    expect(locked.body).not.toContain('stack');
    // Someone else signs in as usual.
    expect((await signInFrom(context.app, anAddress(), other.email, TEST_PASSWORD)).statusCode).toBe(200);

    // Once the lock has passed, the right password works and clears the count.
    await context.db.query(`UPDATE sign_in_throttle SET locked_until = now() - interval '1 second' WHERE locked_until IS NOT NULL AND key LIKE 'account:%'`);
    expect((await signInFrom(context.app, anAddress(), staff.email, TEST_PASSWORD)).statusCode).toBe(200);
    expect((await signInFrom(context.app, anAddress(), staff.email, 'wrong password!!')).statusCode).toBe(401);
    expect((await signInFrom(context.app, anAddress(), staff.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('throttles an unknown email exactly like a known one, so answers tell nothing about who has an account', async () => {
    const unknown = `nobody-${randomUUID()}@cohesion.test`;
    const answers = [];
    for (let i = 0; i < 4; i++) {
      const response = await signInFrom(context.app, anAddress(), unknown, 'wrong password!!');
      answers.push([response.statusCode, response.json().code]);
    }
    expect(answers).toEqual([[401, 'invalid_credentials'], [401, 'invalid_credentials'], [401, 'invalid_credentials'], [429, 'too_many_sign_in_attempts']]);
  });

  it('locks a client address after more failures, across accounts', async () => {
    const address = anAddress();
    for (let i = 0; i < 6; i++) expect((await signInFrom(context.app, address, `guess-${i}-${randomUUID()}@cohesion.test`, 'wrong password!!')).statusCode).toBe(401);
    expect((await signInFrom(context.app, address, other.email, TEST_PASSWORD)).statusCode).toBe(429);
    expect((await signInFrom(context.app, anAddress(), other.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('records refused sign-ins in the audit trail, with the reason', async () => {
    const rows = await context.db.query(
      `SELECT outcome, detail->>'reason' AS reason FROM audit_event WHERE actor_id = $1 AND action = 'auth.sign_in' ORDER BY seq`, [staff.id]);
    expect(rows.map((r: { outcome: string; reason: string | null }) => `${r.outcome}:${r.reason ?? ''}`)).toEqual([
      'failure:wrong_password', 'failure:wrong_password', 'failure:wrong_password', 'denied:throttled', 'success:', 'failure:wrong_password', 'success:',
    ]);
  });
});
