import type { DataSource } from 'typeorm';
import { aStaffMember, anOrganization, TEST_PASSWORD } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';
import { testConfig } from '../../../test/test-config';
import { standaloneAudit } from '../audit/standalone-audit';
import { AccountError } from './create-first-admin';
import { AccountMail } from '../auth/account-mail';
import { AuthRepository } from '../auth/auth.repository';
import { standaloneMailOutbox } from '../mail/mail-outbox';
import { inviteStaff } from './invite-staff';
import { listStaff, resetSecondFactor } from './staff-cli';

describe('staff at the command line (invite, list-staff, reset-second-factor)', () => {
  const context = useTestApp();
  let db: DataSource;
  let organizationName: string;
  let organizationId: string;

  beforeAll(async () => {
    db = context.db;
    organizationId = await anOrganization(db, 'Cli clinic');
    [{ name: organizationName }] = await db.query(`SELECT name FROM organization WHERE id = $1`, [organizationId]);
  });

  it('lists the organization’s staff with role, state and second factor, and nothing else', async () => {
    const active = await aStaffMember(db, organizationId, 'facilitator', { displayName: 'Ada Active' });
    const disabled = await aStaffMember(db, organizationId, 'admin', { displayName: 'Dov Disabled', disabled: true });
    const invited = await aStaffMember(db, organizationId, 'supervisor', { displayName: 'Ines Invited' });
    await db.query(`UPDATE staff_user SET password_hash = NULL WHERE id = $1`, [invited.id]);
    await db.query(`UPDATE staff_user SET totp_enrolled_at = now(), totp_secret = '\\x00'::bytea WHERE id = $1`, [active.id]);

    expect(await listStaff(db, ` ${organizationName} `)).toEqual([
      { email: active.email, displayName: 'Ada Active', role: 'facilitator', state: 'active', secondFactor: true },
      { email: invited.email, displayName: 'Ines Invited', role: 'supervisor', state: 'invited', secondFactor: false },
      { email: disabled.email, displayName: 'Dov Disabled', role: 'admin', state: 'disabled', secondFactor: false },
    ]);
    await expect(listStaff(db, 'No such clinic')).rejects.toThrow(new AccountError('There is no organization named "No such clinic".'));
  });

  it('clears a lost authenticator, ends the person’s sessions and audits it', async () => {
    const director = await aStaffMember(db, organizationId, 'director');
    const client = await context.signedIn(director);
    await db.query(`UPDATE staff_user SET totp_enrolled_at = now(), totp_secret = '\\x00'::bytea WHERE id = $1`, [director.id]);

    const reset = await resetSecondFactor(db, director.email.toUpperCase(), standaloneAudit(testConfig()).rows);
    expect(reset).toEqual({ email: director.email, wasEnrolled: true, sessionsEnded: 1 });
    expect((await client.get('/api/auth/me')).status).toBe(401);
    const [stored] = await db.query(`SELECT totp_secret, totp_enrolled_at FROM staff_user WHERE id = $1`, [director.id]);
    expect(stored).toEqual({ totp_secret: null, totp_enrolled_at: null });
    const [audited] = await db.query(
      `SELECT action, actor_id AS "actorId", detail FROM audit_event WHERE entity_id = $1 AND action = 'staff.second_factor_reset'`,
      [director.id],
    );
    expect(audited).toEqual({ action: 'staff.second_factor_reset', actorId: null, detail: { wasEnrolled: true, sessionsEnded: 1, via: 'cli' } });
    expect((await new TestClient(context.app).signIn(director.email, TEST_PASSWORD)).status).toBe(200);

    await expect(resetSecondFactor(db, 'nobody@clinic.test', standaloneAudit(testConfig()).rows)).rejects.toThrow(AccountError);
  });

  it('invites an admin or a director by email, never with a password the operator knows; other roles go through the dashboard', async () => {
    const audit = standaloneAudit(testConfig());
    const mail = new AccountMail(new AuthRepository(db), standaloneMailOutbox(db, testConfig()));
    const invite = (email: string, role: string, name = 'Ines Invited') =>
      inviteStaff(db, { email, displayName: name, role: role as 'admin', organizationName }, audit.rows, mail);

    const admin = await invite(' Adm.Invited@Clinic.test ', 'admin');
    expect(admin).toMatchObject({ email: 'adm.invited@clinic.test', invitation: { emailedTo: 'adm.invited@clinic.test' } });
    await invite('dir.invited@clinic.test', 'director', 'Dara Director');
    const listed = await listStaff(db, organizationName);
    expect(listed.filter((person) => person.email.endsWith('invited@clinic.test')).map(({ email, state }) => [email, state])).toEqual([
      ['dir.invited@clinic.test', 'invited'],
      ['adm.invited@clinic.test', 'invited'],
    ]);
    const queued = await db.query(`SELECT recipient FROM mail_outbox WHERE recipient LIKE '%invited@clinic.test' ORDER BY recipient`);
    expect(queued).toEqual([{ recipient: 'adm.invited@clinic.test' }, { recipient: 'dir.invited@clinic.test' }]);
    const audited = await db.query(
      `SELECT action, detail FROM audit_event WHERE entity_id = (SELECT id::text FROM staff_user WHERE email = 'dir.invited@clinic.test') ORDER BY seq`,
    );
    expect(audited).toEqual([
      { action: 'staff.create', detail: { role: 'director', via: 'cli' } },
      { action: 'staff.invitation_issue', detail: { via: 'cli' } },
    ]);

    await expect(invite('adm.invited@clinic.test', 'admin')).rejects.toThrow(new AccountError('An account with email adm.invited@clinic.test exists already.'));
    await expect(invite('new@clinic.test', 'owner')).rejects.toThrow(/"owner" is not a role/);
    await expect(invite('new@clinic.test', 'facilitator')).rejects.toThrow(/invited by an admin on the Staff page, and a director approves/);
    await expect(invite('new@clinic.test', 'admin', 'Two\nLines')).rejects.toThrow(/one line of visible characters/);
    expect(await db.query(`SELECT 1 FROM staff_user WHERE email = 'new@clinic.test'`)).toEqual([]);
  });
});
