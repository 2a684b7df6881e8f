import { Secret, TOTP } from 'otpauth';
import { aStaffMember, anOrganization, TEST_PASSWORD, type TestStaff } from '../../../../test/fixtures';
import { TestClient } from '../../../../test/http-client';
import { useTestApp } from '../../../../test/test-context';

const STEP_MS = 30_000;

describe('second factor (TOTP)', () => {
  const context = useTestApp({ COHESION_SIGN_IN_ACCOUNT_FAILURES: '5' });
  /** What the person's phone would show for this secret, `steps` periods after the API's now. */
  const codeOf = (secret: string, steps = 0): string =>
    new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: context.clock.now().getTime() + steps * STEP_MS });
  let organizationId: string;
  let director: TestStaff;
  let facilitator: TestStaff;

  beforeAll(async () => {
    organizationId = await anOrganization(context.db, 'Second factor clinic', 'privileged_roles');
    director = await aStaffMember(context.db, organizationId, 'director');
    facilitator = await aStaffMember(context.db, organizationId, 'facilitator');
  });

  async function passwordOnly(staff: TestStaff): Promise<TestClient> {
    const client = new TestClient(context.app);
    await client.signIn(staff.email, TEST_PASSWORD);
    return client;
  }

  /** Enrolls `staff` and answers the secret and the recovery codes. */
  async function enrolled(staff: TestStaff): Promise<{ secret: string; recoveryCodes: string[] }> {
    const client = await passwordOnly(staff);
    const { secret } = (await client.post('/api/auth/second-factor/enrollment')).json();
    const confirmed = await client.post('/api/auth/second-factor/enrollment/confirmation', { code: codeOf(secret) });
    expect(confirmed.status).toBe(200);
    return { secret, recoveryCodes: confirmed.json().recoveryCodes };
  }

  it('makes a director enroll an authenticator before anything else opens, and rotates the session once enrolled', async () => {
    const client = await passwordOnly(director);
    expect((await client.get('/api/auth/me')).json()).toMatchObject({ secondFactor: 'enrollment_required', secondFactorEnrolled: false });
    const blocked = await client.get('/api/groups');
    expect(blocked.status).toBe(401);
    expect(blocked.json()).toMatchObject({ code: 'second_factor_enrollment_required' });

    const enrollment = await client.post('/api/auth/second-factor/enrollment');
    expect(enrollment.status).toBe(201);
    const { secret, otpauthUri, qrCodeSvg } = enrollment.json();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toBe(`otpauth://totp/Cohesion:${encodeURIComponent(director.email)}?issuer=Cohesion&secret=${secret}&algorithm=SHA1&digits=6&period=30`);
    expect(Buffer.from(qrCodeSvg.replace('data:image/svg+xml;base64,', ''), 'base64').toString()).toMatch(/^<svg /);

    const wrong = await client.post('/api/auth/second-factor/enrollment/confirmation', { code: codeOf(secret, 10) });
    expect(wrong.status).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'invalid_second_factor' });

    const before = client.cookie('cohesion_session');
    const confirmed = await client.post('/api/auth/second-factor/enrollment/confirmation', { code: codeOf(secret) });
    expect(confirmed.status).toBe(200);
    const { user, recoveryCodes } = confirmed.json();
    expect(user).toMatchObject({ secondFactor: 'verified', secondFactorEnrolled: true });
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(recoveryCodes.every((code: string) => /^[a-z2-9]{5}-[a-z2-9]{5}$/.test(code))).toBe(true);
    expect(client.cookie('cohesion_session')).not.toBe(before);
    expect((await client.get('/api/groups')).status).toBe(200);
    expect((await new TestClient(context.app).setCookie('cohesion_session', before as string).get('/api/auth/me')).status).toBe(401);

    const [stored] = await context.db.query(`SELECT totp_secret, recovery_code_hashes FROM staff_user WHERE id = $1`, [director.id]);
    expect(stored.totp_secret.includes(Secret.fromBase32(secret).bytes)).toBe(false);
    expect(stored.recovery_code_hashes).toHaveLength(10);
    expect((await client.post('/api/auth/second-factor/enrollment')).status).toBe(409);
  });

  it('asks an enrolled person for a code after the password, refuses wrong and replayed codes, and accepts a fresh one', async () => {
    const { secret } = await enrolled(await aStaffMember(context.db, organizationId, 'admin').then((admin) => (director = admin)));
    const client = await passwordOnly(director);
    expect((await client.get('/api/auth/me')).json()).toMatchObject({ secondFactor: 'pending' });
    expect((await client.get('/api/audit')).json()).toMatchObject({ status: 401, code: 'second_factor_required' });

    const replayed = await client.post('/api/auth/second-factor', { code: codeOf(secret) });
    expect(replayed.json()).toMatchObject({ status: 401, code: 'invalid_second_factor' });
    const malformed = await client.post('/api/auth/second-factor', { code: '12345' });
    expect(malformed.json()).toMatchObject({ status: 400, errors: [{ field: 'code', message: 'code must be the six digits your authenticator app shows' }] });

    const proved = await client.post('/api/auth/second-factor', { code: codeOf(secret, 1) });
    expect(proved.status).toBe(200);
    expect(proved.json().user).toMatchObject({ secondFactor: 'verified' });
    expect((await client.get('/api/audit')).status).toBe(200);
    expect((await client.post('/api/auth/second-factor', { code: codeOf(secret, 1) })).json()).toMatchObject({ status: 409, code: 'second_factor_not_owed' });

    const outcomes = await context.db.query(
      `SELECT outcome, detail->>'method' AS method FROM audit_event WHERE actor_id = $1 AND action = 'auth.second_factor' ORDER BY seq`,
      [director.id],
    );
    expect(outcomes).toEqual([
      { outcome: 'failure', method: 'totp' },
      { outcome: 'success', method: 'totp' },
    ]);
  });

  it('accepts each recovery code once', async () => {
    const admin = await aStaffMember(context.db, organizationId, 'admin');
    const { recoveryCodes } = await enrolled(admin);
    const first = await passwordOnly(admin);
    const recovered = await first.post('/api/auth/second-factor', { recoveryCode: recoveryCodes[3].toUpperCase() });
    expect(recovered.status).toBe(200);

    const second = await passwordOnly(admin);
    expect((await second.post('/api/auth/second-factor', { recoveryCode: recoveryCodes[3] })).json()).toMatchObject({
      status: 401,
      code: 'invalid_second_factor',
    });
    const [{ left }] = await context.db.query(`SELECT cardinality(recovery_code_hashes) AS left FROM staff_user WHERE id = $1`, [admin.id]);
    expect(left).toBe(9);
  });

  it('allows ten wrong codes an hour, whatever the password does: the tenth ends the half-signed session, the owner is told', async () => {
    const admin = await aStaffMember(context.db, organizationId, 'admin');
    const { secret } = await enrolled(admin);
    // An outside review found that a right password reset the count wrong codes used: a stolen password then bought
    // unlimited guesses, four at a time. Here the thief signs in again and again between guesses.
    const answers: number[] = [];
    for (let guess = 1; guess <= 11; guess++) {
      const thief = await passwordOnly(admin);
      answers.push((await thief.post('/api/auth/second-factor', { code: guess % 2 ? '000000' : '999999' })).status);
    }
    expect(answers).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 401, 429, 429]);

    // Even the right code waits for the hour to pass.
    const owner = await passwordOnly(admin);
    const stopped = await owner.post('/api/auth/second-factor', { code: codeOf(secret) });
    expect(stopped.json()).toMatchObject({ status: 429, code: 'too_many_second_factor_attempts' });
    expect(Number(stopped.headers['retry-after'])).toBeGreaterThan(55 * 60);

    // An hour later, one session guessing ten times is ended at its tenth wrong code.
    const anHourPasses = () =>
      context.db.query(`UPDATE sign_in_throttle SET window_started_at = now() - interval '61 minutes' WHERE key = $1`, [`second_factor:${admin.id}`]);
    await anHourPasses();
    const thief = await passwordOnly(admin);
    for (let guess = 1; guess <= 9; guess++) expect((await thief.post('/api/auth/second-factor', { code: '000000' })).status).toBe(401);
    expect((await thief.post('/api/auth/second-factor', { code: '000000' })).status).toBe(429);
    expect((await thief.post('/api/auth/second-factor', { code: codeOf(secret, 1) })).json()).toMatchObject({ status: 401, code: 'unauthenticated' });

    // The owner, at their next sign-in, is told.
    await anHourPasses();
    const back = await passwordOnly(admin);
    expect((await back.get('/api/auth/me')).json().securityNotice).toMatchObject({ kind: 'second_factor_guessing', at: expect.any(String) });
    expect((await back.post('/api/auth/second-factor', { code: codeOf(secret, 1) })).status).toBe(200);
    expect((await back.post('/api/auth/security-notice/dismissal')).status).toBe(204);
    expect((await back.get('/api/auth/me')).json().securityNotice).toBeNull();
    const stops = await context.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE actor_id = $1 AND detail->>'reason' = 'too_many_wrong_codes'`, [
      admin.id,
    ]);
    expect(stops[0].n).toBeGreaterThanOrEqual(2);
  });

  it('leaves facilitators free by default, and asks them too once the organization requires it for everyone, at their next request', async () => {
    const client = await passwordOnly(facilitator);
    expect((await client.get('/api/auth/me')).json()).toMatchObject({ secondFactor: 'not_required' });
    expect((await client.get('/api/groups')).status).toBe(200);

    await context.db.query(`UPDATE organization SET second_factor_policy = 'everyone' WHERE id = $1`, [organizationId]);
    try {
      expect((await client.get('/api/groups')).json()).toMatchObject({ status: 401, code: 'second_factor_enrollment_required' });
      expect((await client.get('/api/auth/me')).json()).toMatchObject({ secondFactor: 'enrollment_required' });
    } finally {
      await context.db.query(`UPDATE organization SET second_factor_policy = 'privileged_roles' WHERE id = $1`, [organizationId]);
    }
  });

  it('ends a session that owes its code after ten minutes, not twelve hours', async () => {
    const admin = await aStaffMember(context.db, organizationId, 'admin');
    const login = await new TestClient(context.app).post('/api/auth/login', { email: admin.email, password: TEST_PASSWORD });
    expect(login.json().user).toMatchObject({ secondFactor: 'enrollment_required' });
    expect(String(login.headers['set-cookie'])).toMatch(/cohesion_session=[^,]*Max-Age=600;/);
    const [session] = await context.db.query(`SELECT extract(epoch FROM expires_at - created_at)::float8 AS seconds FROM staff_session WHERE user_id = $1`, [
      admin.id,
    ]);
    expect(Math.round(session.seconds)).toBe(600);
  });
});
