import type { SessionDetail } from '@cohesion/contracts';
import { aRatedSession } from '../../test/analytics-fixtures';
import { aClinicWorld, type ClinicWorld } from '../../test/clinical-fixtures';
import { TEST_PASSWORD } from '../../test/fixtures';
import { TestClient } from '../../test/http-client';
import { useTestApp } from '../../test/test-context';

/**
 * CSRF is decided on the method, never on how the path is spelled: an outside review reached the sign-out and the
 * signing of a note with `/%61pi/…` (the router decodes the path, a check on the raw URL did not), a text/plain body
 * (no preflight) and a forged header.
 */
describe('CSRF protection', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let lead: TestClient;
  let draft: SessionDetail;

  /** What a page on another site can make a browser send: the victim's cookies, a simple body, any header value it guesses. */
  const forged = (client: TestClient, method: string, url: string, headers: Record<string, string> = {}) =>
    client.request(method, url, 'x=1', { 'content-type': 'text/plain', 'x-xsrf-token': 'forged-token', ...headers });

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 2);
    lead = await context.signedIn(world.lead);
    const [a, b] = world.memberIds;
    draft = await aRatedSession(lead, world.groupId, '2026-11-03', { [a]: 'present', [b]: 'present' }, { [a]: [5, 6, 7], [b]: [7, 7, 7] });
  });

  it.each(['/%61pi', '/ap%69', '/%61%70%69', '/API', '/api/../api', '//api'])('refuses a forged sign-out through %s/auth/logout', async (prefix) => {
    const response = await forged(lead, 'POST', `${prefix}/auth/logout`);
    expect(response.status).toBe(403);
    expect((await lead.get('/api/auth/me')).status).toBe(200);
  });

  it('refuses a forged signature through an encoded path, and the note stays a draft', async () => {
    for (const path of [`/%61pi/sessions/${draft.id}/sign`, `/ap%69/sessions/${draft.id}/sign`, `/%61%70%69/sessions/${draft.id}/sign`]) {
      const response = await forged(lead, 'POST', path);
      expect({ path, status: response.status, code: response.json().code }).toEqual({ path, status: 403, code: 'csrf_failed' });
    }
    expect((await lead.get(`/api/sessions/${draft.id}`)).json().status).toBe('draft');
  });

  it('checks every method that is not safe, whatever the path', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      for (const url of ['/api/auth/logout', '/%61pi/auth/logout', '/not-the-api', '/']) {
        const response = await forged(lead, method, url);
        expect({ method, url, status: response.status }).toEqual({ method, url, status: 403 });
      }
    }
    expect((await lead.get('/api/auth/me')).status).toBe(200);
  });

  it('refuses a request that the browser marks as cross-site, even with the right token', async () => {
    const response = await lead.post('/api/auth/logout', undefined, { 'sec-fetch-site': 'cross-site' });
    expect(response.status).toBe(403);
    expect(response.json()).toMatchObject({ status: 403, code: 'csrf_cross_site' });
    expect((await lead.get('/api/auth/me')).status).toBe(200);
    expect((await lead.post('/api/deidentification/check', { text: 'calm' }, { 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('binds the token to the session: one person’s token does not serve another’s session', async () => {
    const co = await context.signedIn(world.co);
    const leadToken = lead.cookie('XSRF-TOKEN') as string;
    const response = await co.post('/api/deidentification/check', { text: 'calm' }, { 'x-xsrf-token': leadToken });
    expect(response.status).toBe(403);
    expect(response.json().code).toBe('csrf_failed');
  });

  it('rotates the token at sign-in: the token of the signed-out browser no longer works', async () => {
    const browser = new TestClient(context.app);
    await browser.get('/api/health');
    const before = browser.cookie('XSRF-TOKEN') as string;
    await browser.signIn(world.co.email, TEST_PASSWORD);
    const after = browser.cookie('XSRF-TOKEN') as string;
    expect(after).not.toEqual(before);
    expect((await browser.post('/api/deidentification/check', { text: 'calm' }, { 'x-xsrf-token': before })).status).toBe(403);
    expect((await browser.post('/api/deidentification/check', { text: 'calm' })).status).toBe(200);
  });

  it('heals a browser whose token belongs to a session that ended: its next page load brings a valid one', async () => {
    const browser = await context.signedIn(world.co);
    const stale = browser.cookie('XSRF-TOKEN') as string;
    browser.setCookie('cohesion_session', 'ended-long-ago');
    await browser.get('/api/health');
    expect(browser.cookie('XSRF-TOKEN')).not.toEqual(stale);
    expect((await browser.post('/api/auth/login', { email: world.co.email, password: TEST_PASSWORD })).status).toBe(200);
  });

  it('keeps no copy of an API answer, however the path is spelled', async () => {
    for (const url of ['/api/auth/me', '/%61pi/auth/me', '/api/no-such-route', '/%61pi/no-such-route']) {
      const response = await lead.get(url);
      expect({ url, cacheControl: response.headers['cache-control'] }).toEqual({ url, cacheControl: 'no-store' });
    }
  });
});
