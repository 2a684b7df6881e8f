import { randomUUID } from 'node:crypto';
import { aStaffMember, anOrganization, TEST_PASSWORD, type TestStaff } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { emailedToken } from '../../../test/emailed-links';
import { useTestApp } from '../../../test/test-context';

describe('staff accounts (admins)', () => {
  const context = useTestApp();
  let organizationId: string;
  let admin: TestStaff;
  let foreignAdmin: TestStaff;

  beforeAll(async () => {
    organizationId = await anOrganization(context.db, 'Accounts clinic');
    admin = await aStaffMember(context.db, organizationId, 'admin');
    foreignAdmin = await aStaffMember(context.db, await anOrganization(context.db, 'Elsewhere'), 'admin');
  });

  const auditOf = (entityId: string) =>
    context.db.query(`SELECT action, actor_id AS "actorId", detail FROM audit_event WHERE entity_id = $1 ORDER BY seq`, [entityId]);

  it('creates an account without a password, with an invitation link for its person; refuses a password and taken emails', async () => {
    const client = await context.as(admin);
    const email = `Nia.${randomUUID().slice(0, 8)}@Clinic.test`;
    const withPassword = await client.post('/api/staff/accounts', { email, displayName: 'Nia Okafor', role: 'admin', password: 'tuesday circle at eight' });
    expect(withPassword.json()).toMatchObject({ status: 400, errors: [{ field: 'password', message: 'property password should not exist' }] });

    const created = await client.post('/api/staff/accounts', { email, displayName: ' Nia Okafor ', role: 'admin' });
    expect(created.status).toBe(201);
    const { account, invitation } = created.json();
    expect(account).toMatchObject({
      email: email.toLowerCase(),
      displayName: 'Nia Okafor',
      role: 'admin',
      disabled: false,
      secondFactorEnrolled: false,
      passwordSet: false,
      pendingApproval: null,
    });
    // The link goes to the person alone: the admin's answer says where, and never holds it.
    expect(invitation).toEqual({ emailedTo: email.toLowerCase(), expiresAt: expect.any(String) });
    const token = await emailedToken(context.db, email);
    expect(account.invitationExpiresAt).toEqual(invitation.expiresAt);
    const [{ now }] = await context.db.query(`SELECT now()`);
    expect(new Date(invitation.expiresAt).getTime() - now.getTime()).toBeGreaterThan(71.9 * 3600_000);
    // No password works until its person chooses one.
    expect((await new TestClient(context.app).post('/api/auth/login', { email, password: 'tuesday circle at eight' })).status).toBe(401);
    const [stored] = await context.db.query(
      `SELECT password_hash, encode(token_hash, 'hex') AS digest FROM staff_user u JOIN account_link l ON l.user_id = u.id WHERE u.id = $1`,
      [account.id],
    );
    expect(stored.password_hash).toBeNull();
    expect(stored.digest).not.toContain(Buffer.from(token).toString('hex'));

    expect((await client.post('/api/staff/accounts', { email, displayName: 'Again', role: 'director' })).json()).toMatchObject({
      status: 409,
      code: 'email_taken',
    });
    expect(await auditOf(account.id)).toEqual([{ action: 'staff.create', actorId: admin.id, detail: { role: 'admin', pendingApproval: false } }]);
    const listed = (await client.get('/api/staff/accounts')).json();
    expect(listed.map((row: { id: string }) => row.id)).toEqual(expect.arrayContaining([admin.id, account.id]));
  });

  it('issues a new invitation link (the old one stops working) and revokes links, only before the person chose a password', async () => {
    const client = await context.as(admin);
    const email = `link.${randomUUID().slice(0, 8)}@clinic.test`;
    const { account } = (await client.post('/api/staff/accounts', { email, displayName: 'Lin K', role: 'admin' })).json();
    const first = await emailedToken(context.db, email);
    const second = await client.post(`/api/staff/accounts/${account.id}/invitation`);
    expect(second.status).toBe(201);
    expect(second.json()).toEqual({ emailedTo: email, expiresAt: expect.any(String) });
    const secondToken = await emailedToken(context.db, email);
    expect(secondToken).not.toBe(first);
    const visitor = new TestClient(context.app);
    expect((await visitor.post('/api/auth/invitation/details', { token: first })).json()).toMatchObject({ status: 400, code: 'link_invalid' });
    expect((await visitor.post('/api/auth/invitation/details', { token: secondToken })).json()).toMatchObject({
      email: account.email,
      displayName: 'Lin K',
    });

    expect((await client.request('DELETE', `/api/staff/accounts/${account.id}/invitation`)).status).toBe(204);
    expect((await visitor.post('/api/auth/invitation/details', { token: secondToken })).json()).toMatchObject({ code: 'link_invalid' });
    expect((await client.get('/api/staff/accounts')).json().find((row: { id: string }) => row.id === account.id)).toMatchObject({ invitationExpiresAt: null });

    expect((await client.post(`/api/staff/accounts/${account.id}/invitation`)).status).toBe(201);
    const third = await emailedToken(context.db, email);
    expect((await visitor.post('/api/auth/invitation/acceptance', { token: third, password: 'lin chooses her own words' })).status).toBe(200);
    expect((await client.post(`/api/staff/accounts/${account.id}/invitation`)).json()).toMatchObject({ status: 409, code: 'password_already_set' });
    expect((await auditOf(account.id)).map((row: { action: string }) => row.action)).toEqual([
      'staff.create',
      'staff.invitation_issue',
      'staff.invitation_revoke',
      'staff.invitation_issue',
      'auth.invitation_accept',
    ]);
  });

  it('disabling someone ends their sessions at once; enabling them lets them sign in again', async () => {
    const facilitator = await aStaffMember(context.db, organizationId, 'facilitator');
    const theirs = await context.signedIn(facilitator);
    expect((await theirs.get('/api/groups')).status).toBe(200);

    const disabled = await (await context.as(admin)).request('PATCH', `/api/staff/accounts/${facilitator.id}`, { disabled: true });
    expect(disabled.json()).toMatchObject({ id: facilitator.id, disabled: true });
    expect((await theirs.get('/api/groups')).status).toBe(401);
    const [{ live }] = await context.db.query(`SELECT count(*)::int AS live FROM staff_session WHERE user_id = $1 AND revoked_at IS NULL`, [facilitator.id]);
    expect(live).toBe(0);
    expect((await new TestClient(context.app).post('/api/auth/login', { email: facilitator.email, password: TEST_PASSWORD })).status).toBe(401);

    await (await context.as(admin)).request('PATCH', `/api/staff/accounts/${facilitator.id}`, { disabled: false });
    expect((await new TestClient(context.app).post('/api/auth/login', { email: facilitator.email, password: TEST_PASSWORD })).status).toBe(200);
    expect(
      (await auditOf(facilitator.id)).filter((row: { action: string }) => row.action === 'staff.update').map((row: { detail: unknown }) => row.detail),
    ).toEqual([
      { disabled: true, sessionsEnded: 1 },
      { disabled: false, sessionsEnded: 0 },
    ]);
  });

  it('changes a role only once the person holds no assignment of the old one, and ends their sessions', async () => {
    const supervisor = await aStaffMember(context.db, organizationId, 'supervisor');
    const facilitator = await aStaffMember(context.db, organizationId, 'facilitator');
    await context.db.query(`INSERT INTO supervision (supervisor_id, facilitator_id, organization_id) VALUES ($1, $2, $3)`, [
      supervisor.id,
      facilitator.id,
      organizationId,
    ]);
    const client = await context.as(admin);
    const refused = await client.request('PATCH', `/api/staff/accounts/${supervisor.id}`, { role: 'director' });
    expect(refused.json()).toMatchObject({ status: 409, code: 'staff_still_assigned', assignments: { groups: 0, supervising: 1, supervised: 0 } });
    expect(refused.json().detail).toMatch(/supervises 1 facilitator\b/);

    await context.db.query(`DELETE FROM supervision WHERE supervisor_id = $1`, [supervisor.id]);
    const theirs = await context.signedIn(supervisor);
    const changed = await client.request('PATCH', `/api/staff/accounts/${supervisor.id}`, { role: 'director' });
    expect(changed.json()).toMatchObject({ role: 'director', pendingApproval: { requestedBy: { id: admin.id }, fromRole: 'supervisor' } });
    expect((await theirs.get('/api/auth/me')).status).toBe(401);
  });

  it('never lets admins change their own role or disable themselves, and answers 404 for another organization’s account', async () => {
    const client = await context.as(admin);
    expect((await client.request('PATCH', `/api/staff/accounts/${admin.id}`, { disabled: true })).json()).toMatchObject({
      status: 409,
      code: 'own_access_unchanged',
    });
    expect((await client.request('PATCH', `/api/staff/accounts/${admin.id}`, { role: 'director' })).json()).toMatchObject({ status: 409 });
    expect((await client.request('PATCH', `/api/staff/accounts/${admin.id}`, { displayName: 'Admin Renamed' })).json()).toMatchObject({
      displayName: 'Admin Renamed',
    });

    const foreign = await context.as(foreignAdmin);
    expect((await foreign.request('PATCH', `/api/staff/accounts/${admin.id}`, { disabled: true })).json()).toMatchObject({
      status: 404,
      code: 'staff_not_found',
    });
    expect((await foreign.request('DELETE', `/api/staff/accounts/${admin.id}/second-factor`)).status).toBe(404);
    expect((await foreign.get('/api/staff/accounts')).json().map((account: { id: string }) => account.id)).toEqual([foreignAdmin.id]);
  });

  it('resets a lost second factor: authenticator and recovery codes gone, sessions ended, enrollment asked again', async () => {
    const directorsOrganization = await anOrganization(context.db, 'Strict clinic', 'privileged_roles');
    const strictAdmin = await aStaffMember(context.db, directorsOrganization, 'admin');
    const director = await aStaffMember(context.db, directorsOrganization, 'director');
    await context.db.query(
      `UPDATE staff_user SET totp_secret = '\\x00', totp_enrolled_at = now(), recovery_code_hashes = ARRAY['\\x01'::bytea] WHERE id = ANY($1)`,
      [[director.id, strictAdmin.id]],
    );
    const theirs = await context.signedIn(director);
    expect((await theirs.get('/api/auth/me')).json()).toMatchObject({ secondFactor: 'pending' });

    // The admin proves their own factor first: a session that owes one cannot manage accounts.
    const adminClient = await context.signedIn(strictAdmin);
    expect((await adminClient.request('DELETE', `/api/staff/accounts/${director.id}/second-factor`)).json()).toMatchObject({ code: 'second_factor_required' });
    await context.db.query(`UPDATE staff_session SET second_factor = 'verified' WHERE user_id = $1`, [strictAdmin.id]);
    expect((await adminClient.request('DELETE', `/api/staff/accounts/${director.id}/second-factor`)).status).toBe(204);

    expect((await theirs.get('/api/auth/me')).status).toBe(401);
    const [stored] = await context.db.query(`SELECT totp_secret, cardinality(recovery_code_hashes) AS codes FROM staff_user WHERE id = $1`, [director.id]);
    expect(stored).toEqual({ totp_secret: null, codes: 0 });
    const again = await new TestClient(context.app).post('/api/auth/login', { email: director.email, password: TEST_PASSWORD });
    expect(again.json().user).toMatchObject({ secondFactor: 'enrollment_required', secondFactorEnrolled: false });
    expect((await auditOf(director.id)).find((row: { action: string }) => row.action === 'staff.second_factor_reset')).toMatchObject({
      actorId: strictAdmin.id,
      detail: { wasEnrolled: true, sessionsEnded: 1 },
    });
  });

  it('lets admins require a second factor of everyone, audited, and refuses "optional"', async () => {
    const client = await context.as(admin);
    expect((await client.get('/api/organization/security')).json()).toEqual({ secondFactorPolicy: 'optional' });
    expect((await client.request('PUT', '/api/organization/security', { secondFactorPolicy: 'optional' })).json()).toMatchObject({
      status: 400,
      errors: [{ field: 'secondFactorPolicy', message: 'secondFactorPolicy must be one of privileged_roles, everyone' }],
    });
    const facilitator = await aStaffMember(context.db, organizationId, 'facilitator');
    const theirs = await context.signedIn(facilitator);
    expect((await client.request('PUT', '/api/organization/security', { secondFactorPolicy: 'everyone' })).json()).toEqual({ secondFactorPolicy: 'everyone' });
    expect((await theirs.get('/api/groups')).json()).toMatchObject({ code: 'second_factor_enrollment_required' });
    const [row] = await context.db.query(`SELECT detail FROM audit_event WHERE action = 'organization.security_change' AND organization_id = $1`, [
      organizationId,
    ]);
    expect(row.detail).toEqual({ secondFactorPolicy: { from: 'optional', to: 'everyone' } });
  });
});
