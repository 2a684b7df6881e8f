import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import { aStaffMember, anOrganization, TEST_PASSWORD, type TestStaff } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { openTestDatabase, startTestApp } from '../../../test/test-app';

describe('signing in and out', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let facilitator: TestStaff;
  let disabled: TestStaff;

  beforeAll(async () => {
    app = await startTestApp();
    db = await openTestDatabase();
    const organizationId = await anOrganization(db);
    facilitator = await aStaffMember(db, organizationId, 'facilitator', { displayName: 'Ana Lima' });
    disabled = await aStaffMember(db, organizationId, 'facilitator', { disabled: true });
  });

  afterAll(async () => {
    await app.close();
    await db.destroy();
  });

  it('signs in with email and password, sets an httpOnly session cookie, and knows who is signed in', async () => {
    const client = new TestClient(app);
    const login = await client.post('/api/auth/login', { email: facilitator.email.toUpperCase(), password: TEST_PASSWORD });

    expect(login.status).toBe(200);
    expect(login.json().user).toMatchObject({ id: facilitator.id, email: facilitator.email, displayName: 'Ana Lima', role: 'facilitator' });
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/cohesion_session=[\w-]{43};/);
    expect(setCookie).toMatch(/cohesion_session=[^,]*HttpOnly/);
    expect(setCookie).toMatch(/cohesion_session=[^,]*SameSite=Lax/);
    expect(setCookie).not.toMatch(/cohesion_session=[^,]*Secure/);

    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.json()).toMatchObject({ id: facilitator.id, role: 'facilitator' });
  });

  it('ignores spaces around the email, as a person pasting it would type them', async () => {
    // An outside review signed in with "eve@cohesion.test " and got 400 "email must be an email address".
    const login = await new TestClient(app).post('/api/auth/login', { email: `  ${facilitator.email} `, password: TEST_PASSWORD });
    expect(login.status).toBe(200);
  });

  it('marks every cookie Secure, and all but XSRF-TOKEN __Host-, when the request came over TLS through a trusted proxy', async () => {
    const proxied = await startTestApp({ COHESION_TRUST_PROXY: '1' });
    try {
      const client = new TestClient(proxied);
      const overTls = { 'x-forwarded-proto': 'https' };
      await client.get('/api/health', overTls);
      const login = await client.post('/api/auth/login', { email: facilitator.email, password: TEST_PASSWORD }, overTls);
      expect(login.status).toBe(200);
      const cookies = [login.headers['set-cookie']].flat().map(String);
      expect(cookies.length).toBeGreaterThanOrEqual(3);
      for (const cookie of cookies) expect(cookie).toMatch(/; Secure/);
      expect(cookies.map((c) => c.split('=')[0]).sort()).toEqual(['XSRF-TOKEN', '__Host-cohesion_csrf', '__Host-cohesion_device', '__Host-cohesion_session']);
      expect(login.headers['strict-transport-security']).toContain('max-age=');
      // Plain-HTTP names are not read over TLS: a cookie planted without the prefix does not count.
      const planted = new TestClient(proxied).setCookie('cohesion_session', client.cookie('__Host-cohesion_session') as string);
      expect((await planted.get('/api/auth/me', overTls)).status).toBe(401);
      expect((await client.get('/api/auth/me', overTls)).status).toBe(200);
    } finally {
      await proxied.close();
    }
  });

  it('stores only a hash of the session token', async () => {
    const client = new TestClient(app);
    await client.signIn(facilitator.email, TEST_PASSWORD);
    const token = client.cookie('cohesion_session') as string;
    const rows = await db.query(`SELECT encode(token_hash, 'hex') AS hash FROM staff_session WHERE user_id = $1`, [facilitator.id]);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.hash).not.toContain(Buffer.from(token).toString('hex'));
  });

  it('gives one answer for an unknown email, a wrong password and a disabled account', async () => {
    const attempts = [
      { email: 'nobody@clinic.test', password: TEST_PASSWORD },
      { email: facilitator.email, password: 'wrong password!' },
      { email: disabled.email, password: TEST_PASSWORD },
    ];
    const answers = [];
    for (const attempt of attempts) {
      const response = await new TestClient(app).post('/api/auth/login', attempt);
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.headers['set-cookie'] ?? '').not.toContain('cohesion_session');
      const { instance, ...problem } = response.json();
      answers.push(problem);
      expect(instance).toBe('/api/auth/login');
    }
    expect(answers[0]).toMatchObject({ status: 401, code: 'invalid_credentials' });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('revokes the session at sign-out, so the same cookie no longer works', async () => {
    const client = new TestClient(app);
    await client.signIn(facilitator.email, TEST_PASSWORD);
    const token = client.cookie('cohesion_session') as string;

    const logout = await client.post('/api/auth/logout');
    expect(logout.status).toBe(204);

    const replay = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `cohesion_session=${token}` } });
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ code: 'unauthenticated' });
  });

  it('rotates the session at sign-in: the session the browser held before ends', async () => {
    const client = new TestClient(app);
    await client.signIn(facilitator.email, TEST_PASSWORD);
    const before = client.cookie('cohesion_session') as string;
    await client.signIn(facilitator.email, TEST_PASSWORD);
    const after = client.cookie('cohesion_session') as string;
    expect(after).not.toBe(before);
    const me = (token: string) => app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `cohesion_session=${token}` } });
    expect((await me(before)).statusCode).toBe(401);
    expect((await me(after)).statusCode).toBe(200);
  });

  it('ends a session idle for longer than the idle timeout, and one past its absolute lifetime', async () => {
    const idle = new TestClient(app);
    await idle.signIn(facilitator.email, TEST_PASSWORD);
    const expired = new TestClient(app);
    await expired.signIn(facilitator.email, TEST_PASSWORD);
    const hashOf = (client: TestClient) => require('node:crypto').createHash('sha256').update(client.cookie('cohesion_session')).digest();

    await db.query(`UPDATE staff_session SET last_seen_at = now() - interval '31 minutes' WHERE token_hash = $1`, [hashOf(idle)]);
    await db.query(`UPDATE staff_session SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [hashOf(expired)]);

    expect((await idle.get('/api/auth/me')).status).toBe(401);
    expect((await expired.get('/api/auth/me')).status).toBe(401);
  });

  it('refuses a request without a session with 401 problem details', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
