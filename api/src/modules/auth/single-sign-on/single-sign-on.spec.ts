import { randomBytes } from 'node:crypto';
import type { SingleSignOnSettings, UpdateSingleSignOnRequest } from '@cohesion/contracts';
import { TestOpenIdProvider, type TestIdentity } from '@cohesion/testing/openid-provider';
import { aStaffMember, anOrganization, TEST_PASSWORD, type TestStaff } from '../../../../test/fixtures';
import { TestClient } from '../../../../test/http-client';
import { walkThroughProvider } from '../../../../test/identity-provider-walk';
import { useTestApp } from '../../../../test/test-context';
import { hashSessionToken } from '../session-token';

const PUBLIC_URL = 'https://cohesion.clinic.test';
const REDIRECT_URI = `${PUBLIC_URL}/sign-in/sso`;
const CLIENT_SECRET = 'a client secret nobody reads back';

/** Single sign-on through a real OpenID provider (oidc-provider) running in this process, over HTTP. */
describe('single sign-on', () => {
  const context = useTestApp({ COHESION_PUBLIC_URL: PUBLIC_URL });
  const domain = `sso-${randomBytes(4).toString('hex')}.test`;
  const people: Record<string, TestIdentity> = {};
  let provider: TestOpenIdProvider;
  let organizationId: string;
  let admin: TestStaff;
  let facilitator: TestStaff;

  const settings = (overrides: Partial<UpdateSingleSignOnRequest> = {}): UpdateSingleSignOnRequest => ({
    issuer: provider.issuer,
    clientId: 'cohesion',
    allowedDomains: [domain],
    passwordSignIn: true,
    trustProviderMfa: false,
    ...overrides,
  });
  const setUp = (overrides: Partial<UpdateSingleSignOnRequest> = {}) =>
    context.as(admin).then((client) => client.request('PUT', '/api/organization/single-sign-on', settings(overrides)));
  const staffOfDomain = async (role: TestStaff['role'], identity: TestIdentity = { emailVerified: true }, overrides: { disabled?: boolean } = {}) => {
    const staff = await aStaffMember(context.db, organizationId, role, { emailDomain: domain, ...overrides });
    people[staff.email] = identity;
    return staff;
  };

  /** A browser that starts single sign-on for `email`, goes through the provider and comes back (perhaps altered). */
  const signInThroughProvider = async (email: string, alterAnswer: (query: string) => string = (query) => query) => {
    const browser = new TestClient(context.app);
    const started = await browser.post('/api/auth/sso', { email });
    expect(started.status).toBe(200);
    const query = await walkThroughProvider(started.json().authorizationUrl, REDIRECT_URI);
    const answer = await browser.post('/api/auth/sso/callback', { callbackQuery: alterAnswer(query) });
    return { browser, answer, query };
  };

  beforeAll(async () => {
    provider = await TestOpenIdProvider.start({ clientId: 'cohesion', clientSecret: CLIENT_SECRET, redirectUri: REDIRECT_URI, people });
    organizationId = await anOrganization(context.db, 'Single sign-on clinic');
    admin = await aStaffMember(context.db, organizationId, 'admin');
    facilitator = await staffOfDomain('facilitator');
    expect((await setUp({ clientSecret: CLIENT_SECRET })).status).toBe(200);
  });
  afterAll(() => provider.stop());

  describe('an admin setting the provider up', () => {
    it('shows the redirect URI to register, keeps the secret sealed and never shows or audits it', async () => {
      const client = await context.as(admin);
      const settings = (await client.get('/api/organization/single-sign-on')).json<SingleSignOnSettings>();
      expect(settings).toEqual({
        redirectUri: REDIRECT_URI,
        provider: { issuer: provider.issuer, clientId: 'cohesion', allowedDomains: [domain], passwordSignIn: true, trustProviderMfa: false },
      });
      const [stored] = await context.db.query(`SELECT sealed_client_secret FROM organization_sso WHERE organization_id = $1`, [organizationId]);
      expect(stored.sealed_client_secret.includes(Buffer.from(CLIENT_SECRET))).toBe(false);
      const audited = await context.db.query(`SELECT detail::text FROM audit_event WHERE organization_id = $1 AND action = 'organization.single_sign_on_change'`, [
        organizationId,
      ]);
      expect(audited.length).toBeGreaterThan(0);
      for (const row of audited) expect(row.detail).not.toContain(CLIENT_SECRET);
    });

    it('refuses a provider that is not https, does not answer, or has no secret yet, and changes nothing', async () => {
      const client = await context.as(admin);
      const otherOrganization = await anOrganization(context.db, 'Second clinic');
      const otherAdmin = await aStaffMember(context.db, otherOrganization, 'admin');
      const other = await context.as(otherAdmin);
      const attempts = [
        [client, { issuer: 'http://login.clinic.test' }, 'issuer must be an https URL'],
        [client, { issuer: 'https://127.0.0.1:1/nothing-here' }, 'did not answer as an OpenID provider'],
        [other, { allowedDomains: ['clinic-two.test'] }, 'clientSecret is required'],
      ] as const;
      for (const [admin, overrides, message] of attempts) {
        const refused = await admin.request('PUT', '/api/organization/single-sign-on', settings(overrides));
        expect(refused.json()).toMatchObject({ status: 422, code: 'sso_settings_invalid', detail: expect.stringContaining(message) });
      }
      const malformed = await client.request('PUT', '/api/organization/single-sign-on', { issuer: 'login', clientId: '', allowedDomains: ['Clinic.TEST'] });
      expect(malformed.status).toBe(400);
      expect((await client.get('/api/organization/single-sign-on')).json().provider.issuer).toBe(provider.issuer);
    });

    it('gives an email domain to one organization only', async () => {
      const otherOrganization = await anOrganization(context.db, 'Rival clinic');
      const rival = await context.as(await aStaffMember(context.db, otherOrganization, 'admin'));
      const taken = await rival.request('PUT', '/api/organization/single-sign-on', settings({ clientSecret: CLIENT_SECRET }));
      expect(taken.json()).toMatchObject({ status: 409, code: 'sso_domain_taken', errors: [{ field: 'allowedDomains' }] });
    });

    it('is for admins only', async () => {
      const director = await aStaffMember(context.db, organizationId, 'director');
      const client = await context.as(director);
      expect((await client.get('/api/organization/single-sign-on')).status).toBe(403);
      expect((await client.request('DELETE', '/api/organization/single-sign-on')).status).toBe(403);
    });
  });

  it('signs in a person whose provider verified an email of an enabled account, and audits how', async () => {
    const { browser, answer } = await signInThroughProvider(facilitator.email.toUpperCase());
    expect(answer.status).toBe(200);
    expect(answer.json().user).toMatchObject({ email: facilitator.email, role: 'facilitator', secondFactor: 'not_required' });
    expect((await browser.get('/api/auth/me')).json()).toMatchObject({ id: facilitator.id });
    const [audited] = await context.db.query(`SELECT outcome, detail FROM audit_event WHERE actor_id = $1 AND action = 'auth.sign_in' ORDER BY seq DESC LIMIT 1`, [
      facilitator.id,
    ]);
    expect(audited).toEqual({ outcome: 'success', detail: { method: 'single_sign_on', secondFactor: 'not_required', providerMfa: false } });
  });

  it('refuses an answer whose state is not this sign-in’s, and the sign-in is used up', async () => {
    let genuine = '';
    const { browser, answer } = await signInThroughProvider(facilitator.email, (query) => {
      genuine = query;
      return query.replace(/state=[^&]+/, 'state=forged');
    });
    expect(answer.json()).toMatchObject({ status: 400, code: 'sso_answer_rejected' });
    expect((await browser.get('/api/auth/me')).status).toBe(401);
    const replayed = await browser.post('/api/auth/sso/callback', { callbackQuery: genuine });
    expect(replayed.json()).toMatchObject({ status: 400, code: 'sso_sign_in_expired' });
  });

  it('refuses an ID token whose nonce is not this sign-in’s', async () => {
    const browser = new TestClient(context.app);
    const started = await browser.post('/api/auth/sso', { email: facilitator.email });
    const query = await walkThroughProvider(started.json().authorizationUrl, REDIRECT_URI);
    const browserTokenHash = hashSessionToken(browser.cookie('cohesion_sso') as string);
    await context.db.query(`UPDATE sso_sign_in SET nonce = 'a nonce of another sign-in' WHERE browser_token_hash = $1`, [browserTokenHash]);
    const answer = await browser.post('/api/auth/sso/callback', { callbackQuery: query });
    expect(answer.json()).toMatchObject({ status: 400, code: 'sso_answer_rejected' });
    expect((await browser.get('/api/auth/me')).status).toBe(401);
  });

  it('refuses a browser that did not start the sign-in', async () => {
    const { query } = await signInThroughProvider(facilitator.email);
    const stranger = await new TestClient(context.app).post('/api/auth/sso/callback', { callbackQuery: query });
    expect(stranger.json()).toMatchObject({ status: 400, code: 'sso_sign_in_expired' });
  });

  it('refuses an email the provider did not verify', async () => {
    const unverified = await staffOfDomain('facilitator', { emailVerified: false });
    const { answer } = await signInThroughProvider(unverified.email);
    expect(answer.json()).toMatchObject({ status: 403, code: 'sso_email_unverified' });
  });

  it('creates nobody: an unknown email, a disabled account and another organization’s account get one answer', async () => {
    const unknown = `nobody-${randomBytes(3).toString('hex')}@${domain}`;
    people[unknown] = { emailVerified: true };
    const disabled = await staffOfDomain('facilitator', { emailVerified: true }, { disabled: true });
    const elsewhere = await aStaffMember(context.db, await anOrganization(context.db, 'Elsewhere'), 'facilitator', { emailDomain: domain });
    people[elsewhere.email] = { emailVerified: true };
    for (const email of [unknown, disabled.email, elsewhere.email]) {
      const { answer } = await signInThroughProvider(email);
      expect(answer.json()).toMatchObject({ status: 403, code: 'sso_no_account' });
    }
    expect(await context.db.query(`SELECT 1 FROM staff_user WHERE email = $1`, [unknown])).toEqual([]);
    const reasons = await context.db.query(
      `SELECT detail->>'reason' AS reason FROM audit_event WHERE organization_id = $1 AND action = 'auth.sign_in' AND outcome = 'failure' ORDER BY seq DESC LIMIT 3`,
      [organizationId],
    );
    expect(reasons.map((row: { reason: string }) => row.reason).sort()).toEqual(['disabled_account', 'other_organization', 'unknown_account']);
  });

  it('passes on the provider’s refusal as a readable problem', async () => {
    const browser = new TestClient(context.app);
    const started = await browser.post('/api/auth/sso', { email: facilitator.email });
    const state = new URL(started.json().authorizationUrl).searchParams.get('state');
    const answer = await browser.post('/api/auth/sso/callback', { callbackQuery: `error=access_denied&state=${state}&iss=${encodeURIComponent(provider.issuer)}` });
    expect(answer.json()).toMatchObject({ status: 400, code: 'sso_refused_by_provider', detail: expect.stringContaining('access_denied') });
  });

  it('answers 404 for a domain no organization signs in through a provider', async () => {
    const answer = await new TestClient(context.app).post('/api/auth/sso', { email: 'someone@no-provider.test' });
    expect(answer.json()).toMatchObject({ status: 404, code: 'sso_not_available' });
  });

  it('skips Cohesion’s second factor only where the admin trusts the provider’s and the provider asserted it', async () => {
    const withProviderMfa = await staffOfDomain('director', { emailVerified: true, amr: ['pwd', 'mfa'] });
    const passwordOnly = await staffOfDomain('director', { emailVerified: true, amr: ['pwd'] });
    await context.db.query(`UPDATE staff_user SET totp_secret = '\\x00', totp_enrolled_at = now() WHERE id = ANY($1)`, [[withProviderMfa.id, passwordOnly.id]]);
    const secondFactorAfter = async (staff: TestStaff) => (await signInThroughProvider(staff.email)).answer.json().user.secondFactor;
    expect(await secondFactorAfter(withProviderMfa)).toBe('pending');
    expect((await setUp({ trustProviderMfa: true })).status).toBe(200);
    try {
      expect(await secondFactorAfter(withProviderMfa)).toBe('verified');
      expect(await secondFactorAfter(passwordOnly)).toBe('pending');
    } finally {
      await setUp({ trustProviderMfa: false });
    }
  });

  it('can turn password sign-in off for everyone but admins, and then mails no reset link', async () => {
    expect((await setUp({ passwordSignIn: false })).status).toBe(200);
    try {
      const anonymous = () => new TestClient(context.app);
      const refused = await anonymous().post('/api/auth/login', { email: facilitator.email, password: TEST_PASSWORD });
      expect(refused.json()).toMatchObject({ status: 403, code: 'use_single_sign_on' });
      const wrong = await anonymous().post('/api/auth/login', { email: facilitator.email, password: 'not the password at all' });
      expect(wrong.json()).toMatchObject({ status: 401, code: 'invalid_credentials' });
      expect((await anonymous().post('/api/auth/login', { email: admin.email, password: TEST_PASSWORD })).status).toBe(200);

      expect((await anonymous().post('/api/auth/password-reset', { email: facilitator.email })).status).toBe(202);
      expect(await context.db.query(`SELECT 1 FROM account_link WHERE user_id = $1 AND purpose = 'password_reset'`, [facilitator.id])).toEqual([]);
      const mail = await context.db.query(`SELECT dedupe_key FROM mail_outbox WHERE recipient = $1`, [facilitator.email]);
      expect(mail).toEqual([{ dedupe_key: expect.stringMatching(/^single-sign-on-only:/) }]);
      expect((await signInThroughProvider(facilitator.email)).answer.status).toBe(200);
    } finally {
      await setUp({ passwordSignIn: true });
    }
  });

  it('goes back to passwords for everyone when the admin removes the provider', async () => {
    const other = await anOrganization(context.db, 'Removal clinic');
    const otherAdmin = await context.as(await aStaffMember(context.db, other, 'admin'));
    const otherDomain = `removal-${randomBytes(3).toString('hex')}.test`;
    const saved = await otherAdmin.request(
      'PUT',
      '/api/organization/single-sign-on',
      settings({ clientSecret: CLIENT_SECRET, allowedDomains: [otherDomain], passwordSignIn: false }),
    );
    expect(saved.status).toBe(200);
    expect((await otherAdmin.request('DELETE', '/api/organization/single-sign-on')).json()).toEqual({ redirectUri: REDIRECT_URI, provider: null });
    expect((await new TestClient(context.app).post('/api/auth/sso', { email: `someone@${otherDomain}` })).status).toBe(404);
  });
});
