import type { ApprovalRequest, CreatedStaffAccount, SessionDetail } from '@cohesion/contracts';
import { aRatedSession } from '../../../test/analytics-fixtures';
import { aClinicWorld, type ClinicWorld } from '../../../test/clinical-fixtures';
import { aStaffMember, TEST_PASSWORD, type TestStaff } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { emailedToken } from '../../../test/emailed-links';
import { useTestApp } from '../../../test/test-context';

const CHOSEN = 'a password of the admin’s own choosing';

/**
 * Separation of duties (docs/privacy-and-security.md): admins read no clinical content. An outside review made an admin a
 * clinical reader in one request: `POST /api/staff/accounts {"role":"director","password":…}`, then signed in as it
 * and read every note. Now nobody sets another's password, and every clinical role an admin gives waits for a director.
 */
describe('separation of duties: an admin cannot make a clinical reader', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let admin: TestClient;
  let director: TestClient;
  let note: SessionDetail;

  /** The link sits in the person's inbox alone: the admin's answer names where it went, never the link itself. */
  const tokenOf = async (created: CreatedStaffAccount) => {
    expect(Object.keys(created.invitation).sort()).toEqual(['emailedTo', 'expiresAt']);
    expect(JSON.stringify(created)).not.toContain('#token=');
    return emailedToken(context.db, created.invitation.emailedTo);
  };
  /** What an admin who could read the person's email would do with the link: open it and choose the password. */
  const takeOver = async (created: CreatedStaffAccount) => {
    const browser = new TestClient(context.app);
    const accepted = await browser.post('/api/auth/invitation/acceptance', { token: await tokenOf(created), password: CHOSEN });
    expect(accepted.status).toBe(200);
    return { browser, user: accepted.json().user };
  };
  const clinicalReach = async (client: TestClient) => [
    (await client.get('/api/groups')).status,
    (await client.get(`/api/sessions/${note.id}`)).status,
    (await client.get(`/api/analytics/trends?scope=organization&bucket=week`)).status,
  ];

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 2);
    await context.db.query(`UPDATE organization SET second_factor_policy = 'optional' WHERE id = $1`, [world.organizationId]);
    admin = await context.signedIn(world.admin);
    director = await context.signedIn(world.director);
    const [a, b] = world.memberIds;
    note = await aRatedSession(
      await context.signedIn(world.lead),
      world.groupId,
      '2026-11-03',
      { [a]: 'present', [b]: 'present' },
      { [a]: [5, 6, 7], [b]: [7, 7, 7] },
    );
  });

  it('refuses to let an admin choose the password of the account they create', async () => {
    const response = await admin.post('/api/staff/accounts', {
      email: 'shadow.director@clinic.test',
      displayName: 'Shadow',
      role: 'director',
      password: CHOSEN,
    });
    expect(response.status).toBe(400);
    expect((await context.db.query(`SELECT 1 FROM staff_user WHERE email = 'shadow.director@clinic.test'`)).length).toBe(0);
  });

  it('keeps a director made by an admin away from every note until a director approves it, even when the admin holds its link', async () => {
    const created = (
      await admin.post('/api/staff/accounts', { email: 'new.director@clinic.test', displayName: 'New Director', role: 'director' })
    ).json<CreatedStaffAccount>();
    expect(created.account.pendingApproval).toMatchObject({ requestedBy: { id: world.admin.id, displayName: expect.any(String) }, fromRole: null });
    const { browser, user } = await takeOver(created);
    expect(user).toMatchObject({ role: 'director', approval: 'pending' });
    expect(await clinicalReach(browser)).toEqual([403, 403, 403]);
    expect((await browser.get('/api/groups')).json().code).toBe('approval_pending');
    expect((await browser.get('/api/auth/me')).json()).toMatchObject({ approval: 'pending' });

    // The director sees who asked and when, and approves; from the next request the account reaches what directors do.
    const waiting = (await director.get('/api/staff/approvals')).json<ApprovalRequest[]>();
    expect(waiting).toEqual([
      expect.objectContaining({
        account: expect.objectContaining({ id: created.account.id, role: 'director' }),
        requestedBy: expect.objectContaining({ id: world.admin.id }),
        passwordSet: true,
      }),
    ]);
    expect((await director.post(`/api/staff/approvals/${created.account.id}/approve`, { role: 'director' })).json()).toMatchObject({ pendingApproval: null });
    expect(await clinicalReach(browser)).toEqual([200, 200, 200]);
    const trail = await context.db.query(
      `SELECT action, actor_id AS "actorId", detail FROM audit_event WHERE entity_id = $1 AND action IN ('staff.create', 'staff.approve') ORDER BY seq`,
      [created.account.id],
    );
    expect(trail).toEqual([
      { action: 'staff.create', actorId: world.admin.id, detail: { role: 'director', pendingApproval: true } },
      {
        action: 'staff.approve',
        actorId: world.director.id,
        detail: expect.objectContaining({ role: 'director', requestedBy: world.admin.id, requestedAt: expect.any(String) }),
      },
    ]);
  });

  it('puts a role an admin raises back in the queue, and a declined change returns the account to the role it had', async () => {
    const supervisor: TestStaff = await aStaffMember(context.db, world.organizationId, 'supervisor');
    const raised = await admin.request('PATCH', `/api/staff/accounts/${supervisor.id}`, { role: 'director' });
    expect(raised.json()).toMatchObject({ role: 'director', pendingApproval: { fromRole: 'supervisor' } });
    const theirs = await context.signedIn(supervisor);
    expect(await clinicalReach(theirs)).toEqual([403, 403, 403]);

    expect((await director.post(`/api/staff/approvals/${supervisor.id}/decline`)).json()).toMatchObject({
      role: 'supervisor',
      pendingApproval: null,
      disabled: false,
    });
    expect((await theirs.get('/api/auth/me')).status).toBe(401);
    expect((await director.post(`/api/staff/approvals/${supervisor.id}/approve`, { role: 'director' })).json()).toMatchObject({
      status: 409,
      code: 'not_pending_approval',
    });
  });

  it('disables a declined new account, which stays waiting for approval even if an admin enables it again', async () => {
    const created = (
      await admin.post('/api/staff/accounts', { email: 'declined@clinic.test', displayName: 'Declined', role: 'facilitator' })
    ).json<CreatedStaffAccount>();
    const { browser } = await takeOver(created);
    expect((await director.post(`/api/staff/approvals/${created.account.id}/decline`)).json()).toMatchObject({ disabled: true });
    expect((await browser.get('/api/auth/me')).status).toBe(401);
    expect((await admin.request('PATCH', `/api/staff/accounts/${created.account.id}`, { disabled: false })).json()).toMatchObject({
      disabled: false,
      pendingApproval: { fromRole: null },
    });
    const again = await new TestClient(context.app).post('/api/auth/login', { email: 'declined@clinic.test', password: CHOSEN });
    expect(again.json().user).toMatchObject({ approval: 'pending' });
  });

  it('lets only directors decide, and nobody decide on themselves or another organization', async () => {
    const created = (
      await admin.post('/api/staff/accounts', { email: 'waiting@clinic.test', displayName: 'Waiting', role: 'supervisor' })
    ).json<CreatedStaffAccount>();
    for (const staff of [world.admin, world.lead, world.supervisor]) {
      const client = await context.signedIn(staff);
      expect((await client.post(`/api/staff/approvals/${created.account.id}/approve`, { role: 'supervisor' })).status).toBe(403);
      expect((await client.get('/api/staff/approvals')).status).toBe(403);
    }
    const foreignDirector = await aStaffMember(context.db, world.outsider.organizationId, 'director');
    expect((await (await context.signedIn(foreignDirector)).post(`/api/staff/approvals/${created.account.id}/approve`, { role: 'supervisor' })).status).toBe(
      404,
    );
    const [row] = await context.db.query(`SELECT pending_since IS NOT NULL AS pending FROM staff_user WHERE id = $1`, [created.account.id]);
    expect(row.pending).toBe(true);
  });

  // An outside review: a director approved "Dr Real" before anyone had chosen the password, and the admin then opened
  // a link and held an approved director; or the admin changed the role between the director's look and click.
  it('approves only a person who has chosen their password, and only the role the director saw', async () => {
    const created = (
      await admin.post('/api/staff/accounts', { email: 'dr.real@clinic.test', displayName: 'Dr Real', role: 'facilitator' })
    ).json<CreatedStaffAccount>();
    const early = await director.post(`/api/staff/approvals/${created.account.id}/approve`, { role: 'facilitator' });
    expect(early.json()).toMatchObject({ status: 409, code: 'invitation_not_accepted' });
    await takeOver(created);

    expect((await admin.request('PATCH', `/api/staff/accounts/${created.account.id}`, { role: 'director' })).status).toBe(200);
    const stale = await director.post(`/api/staff/approvals/${created.account.id}/approve`, { role: 'facilitator' });
    expect(stale.json()).toMatchObject({ status: 409, code: 'approval_changed', role: 'director' });
    expect((await director.post(`/api/staff/approvals/${created.account.id}/approve`, {})).status).toBe(400);
    const [row] = await context.db.query(`SELECT pending_since IS NOT NULL AS pending FROM staff_user WHERE id = $1`, [created.account.id]);
    expect(row.pending).toBe(true);
    expect((await director.post(`/api/staff/approvals/${created.account.id}/approve`, { role: 'director' })).json()).toMatchObject({
      role: 'director',
      pendingApproval: null,
    });
  });

  it('answers a used, forged or revoked invitation with one plain sentence, and changes nothing', async () => {
    const created = (await admin.post('/api/staff/accounts', { email: 'once@clinic.test', displayName: 'Once', role: 'admin' })).json<CreatedStaffAccount>();
    await takeOver(created);
    const visitor = new TestClient(context.app);
    for (const token of [await tokenOf(created), 'A'.repeat(43)]) {
      const reused = await visitor.post('/api/auth/invitation/acceptance', { token, password: 'another password entirely' });
      expect(reused.json()).toMatchObject({ status: 400, code: 'link_invalid', title: 'This link is no longer valid' });
    }
    expect((await visitor.post('/api/auth/invitation/acceptance', { token: 'short', password: TEST_PASSWORD })).status).toBe(400);
    expect((await new TestClient(context.app).post('/api/auth/login', { email: 'once@clinic.test', password: CHOSEN })).status).toBe(200);
  });
});
