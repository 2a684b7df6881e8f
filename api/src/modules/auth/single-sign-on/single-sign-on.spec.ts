import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import type { AddressInfo } from 'node:net';
import type { SingleSignOnSettings, UpdateSingleSignOnRequest } from '@cohesion/contracts';
import { TestOpenIdProvider, type TestIdentity } from '@cohesion/testing/openid-provider';
import { aStaffMember, anOrganization, TEST_PASSWORD, type TestStaff } from '../../../../test/fixtures';
import { TestClient } from '../../../../test/http-client';
import { walkThroughProvider } from '../../../../test/identity-provider-walk';
import { useTestApp } from '../../../../test/test-context';
import { hashSessionToken } from '../session-token';
import { SIGN_INS_STARTED_PER_MINUTE } from './single-sign-on-start-throttle';

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
  let director: TestStaff;
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
  const decide = async (decision: 'approve' | 'decline', proposedAt?: string) => {
    const client = await context.as(director);
    const current = (await client.get('/api/organization/single-sign-on')).json<SingleSignOnSettings>();
    return client.post(`/api/organization/single-sign-on/${decision}`, { proposedAt: proposedAt ?? current.provider?.proposedAt });
  };
  /** Saves as the admin and, where the change waits for a director, approves it as the director. */
  const setUpApproved = async (overrides: Partial<UpdateSingleSignOnRequest> = {}) => {
    const saved = await setUp(overrides);
    expect(saved.status).toBe(200);
    if (saved.json<SingleSignOnSettings>().provider?.status === 'awaiting_approval') expect((await decide('approve')).status).toBe(200);
  };
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
    director = await aStaffMember(context.db, organizationId, 'director');
    facilitator = await staffOfDomain('facilitator');
    await setUpApproved({ clientSecret: CLIENT_SECRET });
  });
  afterAll(() => provider.stop());

  describe('an admin setting the provider up', () => {
    it('shows the redirect URI to register, keeps the secret sealed and never shows or audits it', async () => {
      const client = await context.as(admin);
      const settings = (await client.get('/api/organization/single-sign-on')).json<SingleSignOnSettings>();
      expect(settings).toEqual({
        redirectUri: REDIRECT_URI,
        provider: {
          issuer: provider.issuer,
          clientId: 'cohesion',
          allowedDomains: [domain],
          passwordSignIn: true,
          trustProviderMfa: false,
          status: 'active',
          proposedBy: 'Test admin',
          proposedByEmail: admin.email,
          previouslyApproved: null,
          proposedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          approvedBy: 'Test director',
          approvedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        },
      });
      const [stored] = await context.db.query(`SELECT sealed_client_secret FROM organization_sso WHERE organization_id = $1`, [organizationId]);
      expect(stored.sealed_client_secret.includes(Buffer.from(CLIENT_SECRET))).toBe(false);
      const audited = await context.db.query(
        `SELECT detail::text FROM audit_event WHERE organization_id = $1 AND action = 'organization.single_sign_on_change'`,
        [organizationId],
      );
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
        [client, { issuer: 'https://127.0.0.1:1/nothing-here', clientSecret: CLIENT_SECRET }, 'did not answer as an OpenID provider'],
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

    it('is changed by admins only; directors read it and decide', async () => {
      const client = await context.as(director);
      expect((await client.get('/api/organization/single-sign-on')).status).toBe(200);
      expect((await client.request('PUT', '/api/organization/single-sign-on', settings())).status).toBe(403);
      expect((await client.request('DELETE', '/api/organization/single-sign-on')).status).toBe(403);
      const adminClient = await context.as(admin);
      expect((await adminClient.post('/api/organization/single-sign-on/approve', { proposedAt: 'x' })).status).toBe(403);
    });

    it('refuses public mailbox domains and domains no colleague has shown they receive mail at', async () => {
      const publicDomain = await setUp({ allowedDomains: [domain, 'gmail.com'] });
      expect(publicDomain.json()).toMatchObject({ status: 422, code: 'sso_settings_invalid', errors: [{ field: 'allowedDomains' }] });
      const unproven = await setUp({ allowedDomains: [domain, 'nobody-here.test'] });
      expect(unproven.json()).toMatchObject({ status: 422, code: 'sso_domain_unproven', detail: expect.stringContaining('nobody-here.test') });
    });

    it('stores and shows the issuer discovery will fetch, and refuses invisible characters in the client ID (outside review)', async () => {
      // Dot segments resolve before anything is stored: what a director reads is what discovery fetches.
      const dotted = await setUp({ issuer: `${provider.issuer}/tenants/riverside/%2e%2e/../`, clientSecret: CLIENT_SECRET });
      expect(dotted.json().provider).toMatchObject({ issuer: provider.issuer, status: 'active' });
      const query = await setUp({ issuer: `${provider.issuer}?tenant=x`, clientSecret: CLIENT_SECRET });
      expect(query.json()).toMatchObject({ status: 422, errors: [{ field: 'issuer' }] });
      const reversed = await setUp({ clientId: 'cohesion\u202Eevil', clientSecret: CLIENT_SECRET });
      expect(reversed.json()).toMatchObject({ status: 400, errors: [{ field: 'clientId' }] });
    });

    it('never sends the stored secret to another issuer or client', async () => {
      const moved = await setUp({ clientId: 'another-client' });
      expect(moved.json()).toMatchObject({ status: 422, errors: [{ field: 'clientSecret' }] });
      const kept = await (await context.as(admin)).get('/api/organization/single-sign-on');
      expect(kept.json().provider.clientId).toBe('cohesion');
    });
  });

  describe('a clinical director’s approval', () => {
    it('is owed by a new provider: it signs nobody in until approved, directors are emailed, a stale approval is refused', async () => {
      const other = await anOrganization(context.db, 'Approval clinic');
      const otherDomain = `approval-${randomBytes(3).toString('hex')}.test`;
      const otherAdmin = await context.as(await aStaffMember(context.db, other, 'admin'));
      const otherDirector = await aStaffMember(context.db, other, 'director');
      const colleague = await aStaffMember(context.db, other, 'facilitator', { emailDomain: otherDomain });
      people[colleague.email] = { emailVerified: true };
      const saved = await otherAdmin.request(
        'PUT',
        '/api/organization/single-sign-on',
        settings({ clientSecret: CLIENT_SECRET, allowedDomains: [otherDomain], passwordSignIn: false }),
      );
      expect(saved.json().provider).toMatchObject({ status: 'awaiting_approval', proposedBy: 'Test admin', approvedBy: null });

      expect((await new TestClient(context.app).post('/api/auth/sso', { email: colleague.email })).json()).toMatchObject({
        status: 404,
        code: 'sso_not_available',
      });
      const password = await new TestClient(context.app).post('/api/auth/login', { email: colleague.email, password: TEST_PASSWORD });
      expect(password.status).toBe(200);
      const mail = await context.db.query(`SELECT dedupe_key FROM mail_outbox WHERE recipient = $1`, [otherDirector.email]);
      expect(mail).toEqual([{ dedupe_key: expect.stringMatching(/^single-sign-on-approval:/) }]);

      const decider = await context.signedIn(otherDirector);
      const stale = await decider.post('/api/organization/single-sign-on/approve', { proposedAt: '2026-01-01T00:00:00.000000Z' });
      expect(stale.json()).toMatchObject({ status: 409, code: 'sso_proposal_changed' });
      const approved = await decider.post('/api/organization/single-sign-on/approve', { proposedAt: saved.json().provider.proposedAt });
      expect(approved.json().provider).toMatchObject({ status: 'active', approvedBy: 'Test director' });
      expect((await decider.post('/api/organization/single-sign-on/approve', { proposedAt: saved.json().provider.proposedAt })).json()).toMatchObject({
        status: 409,
        code: 'sso_nothing_awaits_approval',
      });
      expect((await new TestClient(context.app).post('/api/auth/login', { email: colleague.email, password: TEST_PASSWORD })).json()).toMatchObject({
        code: 'use_single_sign_on',
      });
      const audited = await context.db.query(
        `SELECT action FROM audit_event WHERE organization_id = $1 AND action LIKE 'organization.single_sign_on%' ORDER BY seq`,
        [other],
      );
      expect(audited.map((row: { action: string }) => row.action)).toEqual(['organization.single_sign_on_change', 'organization.single_sign_on_approve']);

      // A new secret for the same client and the password setting change nothing of who signs in; trusting the
      // provider's multi-factor does, and waits (signing nobody in meanwhile); declining removes the provider.
      const renewed = await otherAdmin.request(
        'PUT',
        '/api/organization/single-sign-on',
        settings({ clientSecret: 'a rotated secret', allowedDomains: [otherDomain], passwordSignIn: true }),
      );
      expect(renewed.json().provider.status).toBe('active');
      const trusting = await otherAdmin.request('PUT', '/api/organization/single-sign-on', settings({ allowedDomains: [otherDomain], trustProviderMfa: true }));
      expect(trusting.json().provider).toMatchObject({
        status: 'awaiting_approval',
        previouslyApproved: { issuer: provider.issuer, clientId: 'cohesion', allowedDomains: [otherDomain], trustProviderMfa: false },
      });
      expect((await new TestClient(context.app).post('/api/auth/sso', { email: colleague.email })).status).toBe(404);
      const declined = await decider.post('/api/organization/single-sign-on/decline', { proposedAt: trusting.json().provider.proposedAt });
      expect(declined.json()).toEqual({ redirectUri: REDIRECT_URI, provider: null });
    });
  });

  it('signs in a person whose provider verified an email of an enabled account, and audits how', async () => {
    const { browser, answer } = await signInThroughProvider(facilitator.email.toUpperCase());
    expect(answer.status).toBe(200);
    expect(answer.json().user).toMatchObject({ email: facilitator.email, role: 'facilitator', secondFactor: 'not_required' });
    expect((await browser.get('/api/auth/me')).json()).toMatchObject({ id: facilitator.id });
    const [audited] = await context.db.query(
      `SELECT outcome, detail FROM audit_event WHERE actor_id = $1 AND action = 'auth.sign_in' ORDER BY seq DESC LIMIT 1`,
      [facilitator.id],
    );
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
    const answer = await browser.post('/api/auth/sso/callback', {
      callbackQuery: `error=access_denied&state=${state}&iss=${encodeURIComponent(provider.issuer)}`,
    });
    expect(answer.json()).toMatchObject({ status: 400, code: 'sso_refused_by_provider', detail: expect.stringContaining('access_denied') });
  });

  it('lets one address start a clinic’s worth of sign-ins a minute, then answers 429 with Retry-After (outside review)', async () => {
    const script = new TestClient(context.app, '203.0.113.77');
    const answers = [];
    for (let i = 0; i <= SIGN_INS_STARTED_PER_MINUTE; i++) answers.push(await script.post('/api/auth/sso', { email: `nobody@no-provider.test` }));
    expect(answers.slice(0, SIGN_INS_STARTED_PER_MINUTE).every((answer) => answer.status === 404)).toBe(true);
    const refused = answers[SIGN_INS_STARTED_PER_MINUTE];
    expect(refused.json()).toMatchObject({ status: 429, code: 'too_many_requests' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await new TestClient(context.app, '203.0.113.78').post('/api/auth/sso', { email: facilitator.email })).status).toBe(200);
  });

  it('answers 404 for a domain no organization signs in through a provider', async () => {
    const answer = await new TestClient(context.app).post('/api/auth/sso', { email: 'someone@no-provider.test' });
    expect(answer.json()).toMatchObject({ status: 404, code: 'sso_not_available' });
  });

  it('refuses an email claim Cohesion cannot look an account up by', async () => {
    const odd = await staffOfDomain('facilitator', { emailVerified: true });
    people[odd.email] = { emailVerified: true, email: `${odd.email.split('@')[0]}\u0000@${domain}` };
    const { answer } = await signInThroughProvider(odd.email);
    expect(answer.json()).toMatchObject({ status: 400, code: 'sso_answer_rejected' });
  });

  it('skips Cohesion’s second factor only where the admin trusts the provider’s and the provider asserted it', async () => {
    const withProviderMfa = await staffOfDomain('director', { emailVerified: true, amr: ['pwd', 'mfa'] });
    const passwordOnly = await staffOfDomain('director', { emailVerified: true, amr: ['pwd'] });
    await context.db.query(`UPDATE staff_user SET totp_secret = '\\x00', totp_enrolled_at = now() WHERE id = ANY($1)`, [[withProviderMfa.id, passwordOnly.id]]);
    const secondFactorAfter = async (staff: TestStaff) => (await signInThroughProvider(staff.email)).answer.json().user.secondFactor;
    expect(await secondFactorAfter(withProviderMfa)).toBe('pending');
    await setUpApproved({ trustProviderMfa: true });
    try {
      expect(await secondFactorAfter(withProviderMfa)).toBe('verified');
      expect(await secondFactorAfter(passwordOnly)).toBe('pending');
    } finally {
      await setUp({ trustProviderMfa: false });
    }
  });

  it('can turn password sign-in off for the provider’s domains, admins apart, and then mails no reset link', async () => {
    expect((await setUp({ passwordSignIn: false })).json().provider.status).toBe('active');
    try {
      const elsewhere = await aStaffMember(context.db, organizationId, 'facilitator');
      expect((await new TestClient(context.app).post('/api/auth/login', { email: elsewhere.email, password: TEST_PASSWORD })).status).toBe(200);
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
    await aStaffMember(context.db, other, 'supervisor', { emailDomain: otherDomain });
    const saved = await otherAdmin.request(
      'PUT',
      '/api/organization/single-sign-on',
      settings({ clientSecret: CLIENT_SECRET, allowedDomains: [otherDomain], passwordSignIn: false }),
    );
    expect(saved.status).toBe(200);
    expect((await otherAdmin.request('DELETE', '/api/organization/single-sign-on')).json()).toEqual({ redirectUri: REDIRECT_URI, provider: null });
    expect((await new TestClient(context.app).post('/api/auth/sso', { email: `someone@${otherDomain}` })).status).toBe(404);
  });

  it('sends nothing in the clear to an address a loopback provider’s metadata names elsewhere (outside review)', async () => {
    // A provider on this machine whose metadata sends the token request (code, verifier, client secret) over plain
    // http to this machine's network address, which is not loopback: the request must never arrive.
    const [networkAddress] = Object.values(networkInterfaces())
      .flat()
      .filter((candidate) => candidate?.family === 'IPv4' && !candidate.internal)
      .map((candidate) => candidate?.address);
    expect(networkAddress).toBeDefined();
    const arrived: string[] = [];
    const metadata = createServer((req, res) => {
      arrived.push(`${req.method} ${req.headers.host}${req.url}`);
      const issuer = `http://127.0.0.1:${(metadata.address() as AddressInfo).port}`;
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          issuer,
          authorization_endpoint: `${issuer}/auth`,
          token_endpoint: `http://${networkAddress}:${(metadata.address() as AddressInfo).port}/token`,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
        }),
      );
    });
    await new Promise<void>((ready) => metadata.listen(0, '0.0.0.0', ready));
    try {
      const other = await anOrganization(context.db, 'Leaky provider clinic');
      const leakyDomain = `leaky-${randomBytes(3).toString('hex')}.test`;
      const colleague = await aStaffMember(context.db, other, 'facilitator', { emailDomain: leakyDomain });
      const otherAdmin = await context.as(await aStaffMember(context.db, other, 'admin'));
      const issuer = `http://127.0.0.1:${(metadata.address() as AddressInfo).port}`;
      const saved = await otherAdmin.request(
        'PUT',
        '/api/organization/single-sign-on',
        settings({ issuer, clientSecret: CLIENT_SECRET, allowedDomains: [leakyDomain] }),
      );
      expect(saved.json()).toMatchObject({ status: 422, code: 'sso_settings_invalid', detail: expect.stringContaining('names a plain-http address') });
      expect(arrived.filter((request) => request.includes('/token'))).toEqual([]);
      expect(colleague.email).toContain(leakyDomain);
    } finally {
      metadata.close();
    }
  });
});
