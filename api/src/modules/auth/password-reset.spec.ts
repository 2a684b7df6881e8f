import type { DemoMail } from '@cohesion/contracts';
import { aStaffMember, anOrganization, TEST_PASSWORD, type TestStaff } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { useTestAppOnOwnDatabase } from '../../../test/test-context';
import { MailDelivery } from '../mail/mail-delivery';

const NEW_PASSWORD = 'a new tuesday passphrase';

/** Forgot password, through HTTP, with the demo mailbox standing in for the person's inbox. */
describe('password recovery by email', () => {
  const context = useTestAppOnOwnDatabase('reset', { COHESION_DEMO: '1', COHESION_PUBLIC_URL: 'https://cohesion.clinic.test' });
  let organizationId: string;

  beforeAll(async () => {
    organizationId = await anOrganization(context.db, 'Recovery clinic');
  });

  const anonymous = () => new TestClient(context.app);
  const askForReset = (email: string) => anonymous().post('/api/auth/password-reset', { email });
  const mailbox = async (to: string): Promise<DemoMail[]> => {
    await context.app.get(MailDelivery).deliverDue();
    const answer = await anonymous().get('/api/demo/mail');
    expect(answer.status).toBe(200);
    return answer.json<DemoMail[]>().filter((mail) => mail.to === to);
  };
  const tokenIn = (mail: DemoMail) => /https:\/\/cohesion\.clinic\.test\/reset-password#token=([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] as string;
  const confirm = (token: string, password = NEW_PASSWORD) => anonymous().post('/api/auth/password-reset/confirm', { token, password });
  const signIn = (staff: TestStaff, password: string) => anonymous().post('/api/auth/login', { email: staff.email, password });

  it('mails a single-use link that sets a new password, ends every session and sends a notice', async () => {
    const staff = await aStaffMember(context.db, organizationId, 'facilitator', { displayName: 'Rae Recovery' });
    const before = await context.signedIn(staff);

    const asked = await askForReset(staff.email.toUpperCase());
    expect(asked.status).toBe(202);
    expect(asked.json()).toEqual({ status: 'accepted' });
    const [resetMail] = await mailbox(staff.email);
    expect(resetMail).toMatchObject({ subject: 'Reset your Cohesion password', text: expect.stringContaining('Hello Rae Recovery,') });
    expect(resetMail.text).toMatch(/It works once, until \d{4}-\d{2}-\d{2} \d{2}:\d{2} \(UTC\)/);

    const breached = await confirm(tokenIn(resetMail), 'qwerty123456');
    expect(breached.json()).toMatchObject({ status: 422, code: 'unacceptable_password', errors: [{ field: 'password' }] });
    expect((await confirm(tokenIn(resetMail))).status).toBe(204);

    expect((await before.get('/api/auth/me')).status).toBe(401);
    expect((await signIn(staff, TEST_PASSWORD)).status).toBe(401);
    expect((await signIn(staff, NEW_PASSWORD)).status).toBe(200);
    const reused = await confirm(tokenIn(resetMail), 'yet another passphrase');
    expect(reused.json()).toMatchObject({ status: 400, code: 'link_invalid' });
    expect((await signIn(staff, NEW_PASSWORD)).status).toBe(200);

    const mails = await mailbox(staff.email);
    expect(mails.map((mail) => mail.subject)).toEqual(['Your Cohesion password was changed', 'Reset your Cohesion password']);
    expect(mails[0].text).toContain('every session of the account was ended');
    const audited = await context.db.query(
      `SELECT action, outcome, detail FROM audit_event WHERE entity_id = $1 AND action LIKE 'auth.password_reset%' ORDER BY seq`,
      [staff.id],
    );
    expect(audited).toEqual([
      { action: 'auth.password_reset_request', outcome: 'success', detail: null },
      { action: 'auth.password_reset', outcome: 'success', detail: { sessionsEnded: 1 } },
    ]);
  });

  it('answers the same for an unknown, a disabled and a real address, and mails only the real one', async () => {
    const real = await aStaffMember(context.db, organizationId, 'supervisor');
    const disabled = await aStaffMember(context.db, organizationId, 'supervisor', { disabled: true });
    const answers = [];
    for (const email of [real.email, disabled.email, 'nobody@clinic.test']) {
      const answer = await askForReset(email);
      answers.push({ status: answer.status, body: answer.body, type: answer.headers['content-type'] });
    }
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    // Each answer waited at least as long, whichever path it took (the test clock records the wait).
    const started = context.clock.now().getTime();
    await askForReset('someone-else@clinic.test');
    expect(context.clock.now().getTime() - started).toBeGreaterThanOrEqual(400);
    expect(await mailbox(real.email)).toHaveLength(1);
    expect(await mailbox(disabled.email)).toHaveLength(0);
  });

  it('sends at most three links an hour to one account, and only the newest works', async () => {
    const staff = await aStaffMember(context.db, organizationId, 'director');
    for (let i = 0; i < 5; i++) expect((await askForReset(staff.email)).status).toBe(202);
    const mails = await mailbox(staff.email);
    expect(mails).toHaveLength(3);
    const [newest, ...older] = mails;
    for (const mail of older) expect((await confirm(tokenIn(mail))).json()).toMatchObject({ code: 'link_invalid' });
    expect((await confirm(tokenIn(newest))).status).toBe(204);
  });

  it('refuses a forged, an expired or a malformed token with one sentence, and changes nothing', async () => {
    const staff = await aStaffMember(context.db, organizationId, 'admin');
    await askForReset(staff.email);
    const [mail] = await mailbox(staff.email);
    await context.db.query(`UPDATE account_link SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND purpose = 'password_reset'`, [staff.id]);
    for (const token of [tokenIn(mail), 'A'.repeat(43)]) {
      const refused = await confirm(token);
      expect(refused.status).toBe(400);
      expect(refused.json()).toMatchObject({ code: 'link_invalid', title: 'This link is no longer valid' });
    }
    expect((await confirm('short')).json()).toMatchObject({ status: 400, errors: [{ field: 'token' }] });
    expect((await askForReset('not an email')).json()).toMatchObject({ status: 400, errors: [{ field: 'email' }] });
    expect((await signIn(staff, TEST_PASSWORD)).status).toBe(200);
  });

  it('sends a notice when a signed-in person changes their own password', async () => {
    const staff = await aStaffMember(context.db, organizationId, 'facilitator');
    const client = await context.signedIn(staff);
    expect((await client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })).status).toBe(204);
    expect((await mailbox(staff.email)).map((mail) => mail.subject)).toEqual(['Your Cohesion password was changed']);
  });

  describe('attacks from an outside review', () => {
    it('holds the hourly limit and one live link under a burst of parallel requests, and a used link kills the rest', async () => {
      // Ten parallel requests sent 8 emails, and 7 of their 8 links each set the password.
      const staff = await aStaffMember(context.db, organizationId, 'facilitator');
      const answers = await Promise.all(Array.from({ length: 10 }, () => askForReset(staff.email)));
      expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(202));
      const mails = await mailbox(staff.email);
      expect(mails.length).toBeLessThanOrEqual(3);
      const results = [];
      for (const mail of mails) results.push((await confirm(tokenIn(mail), `burst passphrase number ${results.length}`)).status);
      expect(results.filter((status) => status === 204)).toHaveLength(1);
    });

    it('lets no pending reset link outlive a password the owner changed themselves', async () => {
      const staff = await aStaffMember(context.db, organizationId, 'supervisor');
      await askForReset(staff.email);
      const [mail] = await mailbox(staff.email);
      const owner = await context.signedIn(staff);
      expect((await owner.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'the owner’s own new words' })).status).toBe(204);
      expect((await confirm(tokenIn(mail), 'an attacker’s chosen words')).json()).toMatchObject({ status: 400, code: 'link_invalid' });
      expect((await signIn(staff, 'the owner’s own new words')).status).toBe(200);
    });

    it('kills the links of an account that is disabled: enabling it again brings none back', async () => {
      const admin = await context.signedIn(await aStaffMember(context.db, organizationId, 'admin'));
      const staff = await aStaffMember(context.db, organizationId, 'director');
      await askForReset(staff.email);
      const [mail] = await mailbox(staff.email);
      expect((await admin.request('PATCH', `/api/staff/accounts/${staff.id}`, { disabled: true })).status).toBe(200);
      expect((await admin.request('PATCH', `/api/staff/accounts/${staff.id}`, { disabled: false })).status).toBe(200);
      expect((await confirm(tokenIn(mail))).json()).toMatchObject({ status: 400, code: 'link_invalid' });
    });

    it('refuses a display name that would break an email’s lines or hide its direction', async () => {
      const admin = await context.signedIn(await aStaffMember(context.db, organizationId, 'admin'));
      for (const displayName of ['Eve\nVisit http://evil.example/reset now', 'Eve\r\nBcc: evil@evil.test', 'Eve \u202Eliam']) {
        const refused = await admin.post('/api/staff/accounts', {
          email: `eve-${Math.random().toString(36).slice(2, 8)}@clinic.test`,
          displayName,
          role: 'admin',
        });
        expect(refused.json()).toMatchObject({ status: 400, errors: [{ field: 'displayName', message: expect.stringMatching(/one line of text/) }] });
      }
    });
  });
});
