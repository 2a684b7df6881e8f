import { randomUUID } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import type { SessionDetail } from '@cohesion/contracts';
import { aRatedSession } from '../../test/analytics-fixtures';
import { aClinicWorld, anEnrolledMember, aSessionRequest, type ClinicWorld } from '../../test/clinical-fixtures';
import { aStaffMember, TEST_PASSWORD, type TestStaff } from '../../test/fixtures';
import { TestClient } from '../../test/http-client';
import { servedRoutes } from '../../test/served-routes';
import { emailedToken } from '../../test/emailed-links';
import { useTestApp } from '../../test/test-context';
import { hashSessionToken, newSessionToken } from '../modules/auth/session-token';
import { COOKIES } from './cookies';

/**
 * Every route × every kind of caller, against one organization's group and a second organization: the expected
 * answer of each cell is written below. `ok` is any 2xx; everything else is the exact status.
 *   L lead facilitator of the group · C its co-facilitator · O a facilitator of another group · S the lead's
 *   supervisor · U a supervisor of someone else · D the director · A the admin · X a facilitator and Y a director of
 *   another organization · anonymous, a disabled user and an expired (idle) session: 401 on every route that is not
 *   public · P a facilitator whose role an admin gave and no director approved yet: 403 on every route that is not
 *   about their own account (those answer as for anyone signed in).
 */
/** About a thousand requests, one after another: more than the default 30 s while other suites run beside it. */
const MATRIX_TIMEOUT_MS = 180_000;

type Caller = 'L' | 'C' | 'O' | 'S' | 'U' | 'D' | 'A' | 'X' | 'Y' | 'P' | 'anonymous' | 'disabled' | 'expired';
type Expected = 'ok' | 400 | 401 | 403 | 404 | 409 | 422;
const SIGNED_IN: readonly Caller[] = ['L', 'C', 'O', 'S', 'U', 'D', 'A', 'X', 'Y'];
const LOCKED_OUT: readonly Caller[] = ['anonymous', 'disabled', 'expired'];
/** Routes about the caller's own account, open to P too. */
const OWN_ACCOUNT = [
  'GET /api/auth/me',
  'POST /api/auth/logout',
  'POST /api/auth/password',
  'POST /api/auth/second-factor',
  'POST /api/auth/second-factor/enrollment',
  'POST /api/auth/second-factor/enrollment/confirmation',
  'POST /api/auth/security-notice/dismissal',
];

interface Call {
  method: string;
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}
interface Route {
  route: string;
  public?: boolean;
  /** The request one caller makes; called once per cell, so that a write finds its own fresh target. */
  call: (caller: Caller) => Promise<Call>;
  expect: string;
}

describe('authorization matrix', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let disabled: TestStaff;
  let pending: TestStaff;
  let foreignDirector: TestStaff;
  let lead: TestClient;
  let signed: SessionDetail;
  let toCosign: SessionDetail;

  const staffOf = (caller: Caller): TestStaff | null =>
    ({
      L: world.lead,
      C: world.co,
      O: world.otherFacilitator,
      S: world.supervisor,
      U: world.unrelatedSupervisor,
      D: world.director,
      A: world.admin,
      X: world.outsider,
      Y: foreignDirector,
      P: pending,
      disabled,
      expired: world.lead,
      anonymous: null,
    })[caller];

  /** A client with a session of its own, made in the database (a sign-in per cell would hash a password each time). */
  const clientOf = async (caller: Caller): Promise<TestClient> => {
    const client = new TestClient(context.app);
    const staff = staffOf(caller);
    if (!staff) return client;
    const token = newSessionToken();
    const idleSince = caller === 'expired' ? `now() - interval '2 hours'` : 'now()';
    await context.db.query(
      `INSERT INTO staff_session (organization_id, user_id, token_hash, last_seen_at, expires_at)
       SELECT organization_id, id, $2, ${idleSince}, now() + interval '1 hour' FROM staff_user WHERE id = $1`,
      [staff.id, hashSessionToken(token)],
    );
    return client.setCookie(COOKIES.session, token);
  };

  const aDraft = async (): Promise<SessionDetail> => {
    const [a, b] = world.memberIds;
    return aRatedSession(lead, world.groupId, '2026-11-10', { [a]: 'present', [b]: 'absent' }, { [a]: [6, 6, 6] });
  };
  /** A check-in as first shown; each call its own (a check-in is acknowledged once). */
  const aCheckIn = async (): Promise<string> => {
    const id = randomUUID();
    await context.db.query(`INSERT INTO check_in (id, organization_id, group_id, member_id, session_id, first_seen_by) VALUES ($1, $2, $3, $4, $5, $6)`, [
      id,
      world.organizationId,
      world.groupId,
      world.memberIds[0],
      (await aDraft()).id,
      world.lead.id,
    ]);
    await context.db.query(
      `INSERT INTO check_in_reason (check_in_id, organization_id, kind, measure, detail) VALUES ($1, $2, 'low', 'belonging', 'Belonging 2 in the latest session attended (threshold 4)')`,
      [id, world.organizationId],
    );
    return id;
  };
  /** Starts an enrollment for the caller and answers the code their new authenticator would show. */
  const anEnrollmentCode = async (caller: Caller): Promise<string> => {
    if (!staffOf(caller) || caller === 'disabled' || caller === 'expired') return '000000';
    const { secret } = (await (await clientOf(caller)).post('/api/auth/second-factor/enrollment')).json();
    return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: context.clock.now().getTime() });
  };
  /** An account of this organization created by its admin and waiting for its person and a director. */
  const anInvitedAccount = async (): Promise<string> => {
    const created = await (
      await clientOf('A')
    ).post('/api/staff/accounts', { email: `invited-${randomUUID().slice(0, 8)}@clinic.test`, displayName: 'Invited', role: 'supervisor' });
    return created.json().account.id;
  };
  /** An account waiting for approval whose person has chosen their password: what a director can approve. */
  const anAcceptedAccount = async (): Promise<string> => {
    const id = await anInvitedAccount();
    const issued = await (await clientOf('A')).post(`/api/staff/accounts/${id}/invitation`);
    const person = new TestClient(context.app);
    await person.post('/api/auth/invitation/acceptance', {
      token: await emailedToken(context.db, issued.json().emailedTo),
      password: 'an accepted invitation, chosen',
    });
    return id;
  };
  const anInvitationToken = async (): Promise<string> => {
    const issued = await (await clientOf('A')).post(`/api/staff/accounts/${await anInvitedAccount()}/invitation`);
    return emailedToken(context.db, issued.json().emailedTo);
  };
  /** A new value for each cell, so that every cell asks for a change. */
  let nextSmallCellK = 12;
  const groupPath = () => `/api/groups/${world.groupId}`;
  const scope = () => `scope=group&id=${world.groupId}`;

  const ROUTES: Route[] = [
    { route: 'GET /api/health', public: true, call: async () => ({ method: 'GET', url: '/api/health' }), expect: 'all ok' },
    {
      route: 'POST /api/auth/login',
      public: true,
      call: async () => ({ method: 'POST', url: '/api/auth/login', body: { email: `nobody-${randomUUID()}@cohesion.test`, password: 'x'.repeat(12) } }),
      expect: 'all 401',
    },
    {
      route: 'POST /api/auth/invitation/details',
      public: true,
      call: async () => ({ method: 'POST', url: '/api/auth/invitation/details', body: { token: 'A'.repeat(43) } }),
      expect: 'all 400',
    },
    {
      route: 'POST /api/auth/invitation/acceptance',
      public: true,
      call: async () => ({
        method: 'POST',
        url: '/api/auth/invitation/acceptance',
        body: { token: await anInvitationToken(), password: 'a password the person chose' },
      }),
      expect: 'all ok',
    },
    {
      route: 'POST /api/auth/password-reset',
      public: true,
      call: async () => ({ method: 'POST', url: '/api/auth/password-reset', body: { email: `nobody-${randomUUID()}@cohesion.test` } }),
      expect: 'all ok',
    },
    {
      route: 'POST /api/auth/password-reset/confirm',
      public: true,
      call: async () => ({
        method: 'POST',
        url: '/api/auth/password-reset/confirm',
        body: { token: 'A'.repeat(43), password: 'a password nobody chose' },
      }),
      expect: 'all 400',
    },
    {
      route: 'POST /api/auth/sso',
      public: true,
      call: async () => ({ method: 'POST', url: '/api/auth/sso', body: { email: `nobody-${randomUUID()}@no-provider.test` } }),
      expect: 'all 404',
    },
    {
      route: 'POST /api/auth/sso/callback',
      public: true,
      call: async () => ({ method: 'POST', url: '/api/auth/sso/callback', body: { callbackQuery: 'code=forged&state=forged' } }),
      expect: 'all 400',
    },
    // Demo mode only; this app is not in demo mode.
    { route: 'GET /api/demo/mail', public: true, call: async () => ({ method: 'GET', url: '/api/demo/mail' }), expect: 'all 404' },
    { route: 'GET /api/auth/me', call: async () => ({ method: 'GET', url: '/api/auth/me' }), expect: 'L ok C ok O ok S ok U ok D ok A ok X ok Y ok' },
    {
      route: 'POST /api/auth/security-notice/dismissal',
      call: async () => ({ method: 'POST', url: '/api/auth/security-notice/dismissal' }),
      expect: 'L ok C ok O ok S ok U ok D ok A ok X ok Y ok',
    },
    {
      route: 'PUT /api/auth/weekly-digest',
      call: async () => ({ method: 'PUT', url: '/api/auth/weekly-digest', body: { enabled: true } }),
      expect: 'L 403 C 403 O 403 S ok U ok D ok A 403 X 403 Y ok',
    },
    { route: 'POST /api/auth/logout', call: async () => ({ method: 'POST', url: '/api/auth/logout' }), expect: 'L ok C ok O ok S ok U ok D ok A ok X ok Y ok' },
    // A wrong current password: changing the real one would end the sessions this test works with.
    {
      route: 'POST /api/auth/password',
      call: async () => ({ method: 'POST', url: '/api/auth/password', body: { currentPassword: 'not the password', newPassword: TEST_PASSWORD } }),
      expect: 'L 422 C 422 O 422 S 422 U 422 D 422 A 422 X 422 Y 422',
    },
    {
      route: 'POST /api/auth/second-factor',
      call: async () => ({ method: 'POST', url: '/api/auth/second-factor', body: { code: '123456' } }),
      expect: 'L 409 C 409 O 409 S 409 U 409 D 409 A 409 X 409 Y 409',
    },
    {
      route: 'POST /api/auth/second-factor/enrollment',
      call: async () => ({ method: 'POST', url: '/api/auth/second-factor/enrollment' }),
      expect: 'L ok C ok O ok S ok U ok D ok A ok X ok Y ok',
    },
    {
      route: 'POST /api/auth/second-factor/enrollment/confirmation',
      call: async (caller) => ({
        method: 'POST',
        url: '/api/auth/second-factor/enrollment/confirmation',
        body: { code: await anEnrollmentCode(caller) },
      }),
      expect: 'L ok C ok O ok S ok U ok D ok A ok X ok Y ok',
    },
    {
      route: 'POST /api/deidentification/check',
      call: async () => ({ method: 'POST', url: '/api/deidentification/check', body: { text: 'A calm session.' } }),
      expect: 'L ok C ok O ok S ok U ok D ok A 403 X ok Y ok',
    },
    { route: 'GET /api/groups', call: async () => ({ method: 'GET', url: '/api/groups' }), expect: 'L ok C ok O ok S ok U ok D ok A 403 X ok Y ok' },
    { route: 'GET /api/groups/:groupId', call: async () => ({ method: 'GET', url: groupPath() }), expect: 'L ok C ok O 404 S ok U 404 D ok A 403 X 404 Y 404' },
    {
      route: 'POST /api/groups',
      call: async () => ({
        method: 'POST',
        url: '/api/groups',
        body: { name: `Group ${randomUUID().slice(0, 6)}`, programId: world.programId, kind: 'open', facilitators: [{ userId: world.lead.id, role: 'lead' }] },
      }),
      // The foreign director names this organization's program: not one of theirs (the same answer as an unknown id).
      expect: 'L 403 C 403 O 403 S 403 U 403 D ok A 403 X 403 Y 422',
    },
    {
      route: 'PUT /api/groups/:groupId/facilitators',
      call: async () => ({
        method: 'PUT',
        url: `${groupPath()}/facilitators`,
        body: {
          facilitators: [
            { userId: world.lead.id, role: 'lead' },
            { userId: world.co.id, role: 'co' },
          ],
        },
      }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D ok A 403 X 403 Y 404',
    },
    {
      route: 'PATCH /api/groups/:groupId',
      call: async () => ({ method: 'PATCH', url: groupPath(), body: { schedule: 'Tuesdays 18:00' } }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D ok A 403 X 403 Y 404',
    },
    {
      route: 'GET /api/groups/:groupId/members',
      call: async () => ({ method: 'GET', url: `${groupPath()}/members` }),
      expect: 'L ok C ok O 404 S ok U 404 D ok A 403 X 404 Y 404',
    },
    {
      route: 'POST /api/groups/:groupId/members',
      call: async () => ({ method: 'POST', url: `${groupPath()}/members`, body: { joinedOn: '2026-11-02' } }),
      expect: 'L ok C ok O 404 S 403 U 404 D 403 A 403 X 404 Y 404',
    },
    {
      route: 'POST /api/groups/:groupId/members/:memberId/exit',
      call: async () => {
        const memberId = await anEnrolledMember(context.db, world.organizationId, world.groupId, '2026-01-05');
        return { method: 'POST', url: `${groupPath()}/members/${memberId}/exit`, body: { leftOn: '2026-11-20', exitReason: 'completed' } };
      },
      expect: 'L ok C ok O 404 S 403 U 404 D 403 A 403 X 404 Y 404',
    },
    { route: 'GET /api/programs', call: async () => ({ method: 'GET', url: '/api/programs' }), expect: 'L ok C ok O ok S ok U ok D ok A 403 X ok Y ok' },
    {
      route: 'POST /api/programs',
      call: async () => ({ method: 'POST', url: '/api/programs', body: { name: `Program ${randomUUID().slice(0, 6)}` } }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D ok A 403 X 403 Y ok',
    },
    {
      route: 'POST /api/groups/:groupId/sessions',
      call: async () => ({ method: 'POST', url: `${groupPath()}/sessions`, body: aSessionRequest([], { heldOn: '2026-11-12' }) }),
      expect: 'L ok C ok O 404 S 403 U 403 D 403 A 403 X 404 Y 403',
    },
    {
      route: 'GET /api/groups/:groupId/sessions',
      call: async () => ({ method: 'GET', url: `${groupPath()}/sessions` }),
      expect: 'L ok C ok O 404 S ok U 404 D ok A 403 X 404 Y 404',
    },
    {
      route: 'GET /api/groups/:groupId/sessions/themes',
      call: async () => ({ method: 'GET', url: `${groupPath()}/sessions/themes` }),
      expect: 'L ok C ok O 404 S ok U 404 D ok A 403 X 404 Y 404',
    },
    {
      route: 'GET /api/sessions/review-queue',
      call: async () => ({ method: 'GET', url: '/api/sessions/review-queue' }),
      expect: 'L 403 C 403 O 403 S ok U ok D 403 A 403 X 403 Y 403',
    },
    {
      route: 'GET /api/sessions/:sessionId',
      call: async () => ({ method: 'GET', url: `/api/sessions/${signed.id}` }),
      expect: 'L ok C ok O 404 S ok U 404 D ok A 403 X 404 Y 404',
    },
    {
      route: 'PUT /api/sessions/:sessionId',
      call: async () => {
        const draft = await aDraft();
        return {
          method: 'PUT',
          url: `/api/sessions/${draft.id}`,
          body: { heldOn: '2026-11-10', durationMinutes: 60 },
          headers: { 'if-match': `"${draft.version}"` },
        };
      },
      expect: 'L ok C ok O 404 S 403 U 403 D 403 A 403 X 404 Y 403',
    },
    {
      route: 'POST /api/sessions/:sessionId/sign',
      call: async () => {
        // Ready to sign: attendance for everyone enrolled that day (other cells enrol and discharge members).
        const enrolled: { id: string }[] = await context.db.query(
          `SELECT member_id AS id FROM enrollment WHERE group_id = $1 AND joined_on <= '2026-11-11' AND (left_on IS NULL OR left_on > '2026-11-11')`,
          [world.groupId],
        );
        const draft = await aRatedSession(lead, world.groupId, '2026-11-11', Object.fromEntries(enrolled.map((m) => [m.id, 'present' as const])), {});
        return { method: 'POST', url: `/api/sessions/${draft.id}/sign` };
      },
      expect: 'L ok C ok O 404 S 403 U 403 D 403 A 403 X 404 Y 403',
    },
    {
      route: 'POST /api/sessions/:sessionId/cosign',
      call: async () => ({ method: 'POST', url: `/api/sessions/${toCosign.id}/cosign` }),
      expect: 'L 403 C 403 O 403 S ok U 404 D 403 A 403 X 403 Y 403',
    },
    {
      route: 'POST /api/sessions/:sessionId/addenda',
      call: async () => ({ method: 'POST', url: `/api/sessions/${signed.id}/addenda`, body: { text: 'Called the member on Wednesday.' } }),
      expect: 'L ok C ok O 404 S 403 U 403 D 403 A 403 X 404 Y 403',
    },
    {
      route: 'GET /api/analytics/trends',
      call: async () => ({ method: 'GET', url: `/api/analytics/trends?${scope()}&bucket=session` }),
      expect: 'L ok C ok O 404 S ok U 404 D ok A 403 X 404 Y 404',
    },
    {
      route: 'GET /api/analytics/groups/:groupId/members/:memberId/trajectory',
      call: async () => ({
        method: 'GET',
        url: `/api/analytics/groups/${world.groupId}/members/${world.memberIds[0]}/trajectory`,
      }),
      expect: 'L ok C ok O 404 S ok U 404 D ok A 403 X 404 Y 404',
    },
    {
      route: 'GET /api/analytics/groups/climate',
      call: async () => ({ method: 'GET', url: '/api/analytics/groups/climate' }),
      expect: 'L ok C ok O ok S ok U ok D ok A 403 X ok Y ok',
    },
    {
      route: 'GET /api/analytics/groups/glance',
      call: async () => ({ method: 'GET', url: '/api/analytics/groups/glance' }),
      expect: 'L ok C ok O ok S ok U ok D ok A 403 X ok Y ok',
    },
    {
      route: 'GET /api/analytics/groups/:groupId/members',
      call: async () => ({ method: 'GET', url: `/api/analytics/groups/${world.groupId}/members` }),
      expect: 'L ok C ok O 404 S ok U 404 D ok A 403 X 404 Y 404',
    },
    {
      route: 'GET /api/analytics/attendance',
      call: async () => ({ method: 'GET', url: `/api/analytics/attendance?${scope()}` }),
      expect: 'L ok C ok O 404 S ok U 404 D ok A 403 X 404 Y 404',
    },
    {
      route: 'GET /api/analytics/retention/programs',
      call: async () => ({ method: 'GET', url: '/api/analytics/retention/programs' }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D ok A 403 X 403 Y ok',
    },
    {
      route: 'GET /api/analytics/alerts',
      call: async () => ({ method: 'GET', url: `/api/analytics/alerts?groupId=${world.groupId}` }),
      expect: 'L ok C ok O 404 S ok U 404 D ok A 403 X 404 Y 404',
    },
    {
      route: 'POST /api/analytics/alerts/:id/acknowledge',
      call: async () => ({ method: 'POST', url: `/api/analytics/alerts/${await aCheckIn()}/acknowledge`, body: { action: 'Checked in after the session.' } }),
      expect: 'L ok C ok O 404 S ok U 404 D 403 A 403 X 404 Y 403',
    },
    {
      route: 'GET /api/exports/ratings.csv',
      call: async () => ({ method: 'GET', url: `/api/exports/ratings.csv?${scope()}` }),
      expect: 'L ok C ok O 404 S ok U 404 D ok A 403 X 404 Y 404',
    },
    {
      route: 'GET /api/reports/supervision.pdf',
      call: async () => ({ method: 'GET', url: `/api/reports/supervision.pdf?${scope()}` }),
      expect: 'L ok C ok O 404 S ok U 404 D ok A 403 X 404 Y 404',
    },
    {
      route: 'GET /api/exports/aggregates.csv',
      call: async () => ({ method: 'GET', url: `/api/exports/aggregates.csv?scope=program&id=${world.programId}` }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D ok A 403 X 403 Y 404',
    },
    {
      route: 'GET /api/exports/aggregates.pdf',
      call: async () => ({ method: 'GET', url: `/api/exports/aggregates.pdf?scope=program&id=${world.programId}` }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D ok A 403 X 403 Y 404',
    },
    { route: 'GET /api/staff', call: async () => ({ method: 'GET', url: '/api/staff' }), expect: 'L 403 C 403 O 403 S 403 U 403 D ok A 403 X 403 Y ok' },
    {
      route: 'GET /api/supervisions',
      call: async () => ({ method: 'GET', url: '/api/supervisions' }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D ok A 403 X 403 Y ok',
    },
    {
      route: 'PUT /api/supervisions/:supervisorId',
      call: async () => ({ method: 'PUT', url: `/api/supervisions/${world.supervisor.id}`, body: { facilitatorIds: [world.lead.id] } }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D ok A 403 X 403 Y 404',
    },
    {
      route: 'GET /api/staff/accounts',
      call: async () => ({ method: 'GET', url: '/api/staff/accounts' }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D 403 A ok X 403 Y 403',
    },
    {
      route: 'POST /api/staff/accounts',
      call: async () => ({
        method: 'POST',
        url: '/api/staff/accounts',
        body: { email: `new-${randomUUID().slice(0, 8)}@clinic.test`, displayName: 'New colleague', role: 'facilitator' },
      }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D 403 A ok X 403 Y 403',
    },
    {
      route: 'POST /api/staff/accounts/:userId/invitation',
      call: async () => ({ method: 'POST', url: `/api/staff/accounts/${await anInvitedAccount()}/invitation` }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D 403 A ok X 403 Y 403',
    },
    {
      route: 'DELETE /api/staff/accounts/:userId/invitation',
      call: async () => ({ method: 'DELETE', url: `/api/staff/accounts/${await anInvitedAccount()}/invitation` }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D 403 A ok X 403 Y 403',
    },
    {
      route: 'GET /api/staff/approvals',
      call: async () => ({ method: 'GET', url: '/api/staff/approvals' }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D ok A 403 X 403 Y ok',
    },
    {
      route: 'POST /api/staff/approvals/:userId/approve',
      call: async () => ({ method: 'POST', url: `/api/staff/approvals/${await anAcceptedAccount()}/approve`, body: { role: 'supervisor' } }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D ok A 403 X 403 Y 404',
    },
    {
      route: 'POST /api/staff/approvals/:userId/decline',
      call: async () => ({ method: 'POST', url: `/api/staff/approvals/${await anInvitedAccount()}/decline` }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D ok A 403 X 403 Y 404',
    },
    {
      route: 'PATCH /api/staff/accounts/:userId',
      call: async () => ({
        method: 'PATCH',
        url: `/api/staff/accounts/${(await aStaffMember(context.db, world.organizationId, 'facilitator')).id}`,
        body: { disabled: true },
      }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D 403 A ok X 403 Y 403',
    },
    {
      route: 'DELETE /api/staff/accounts/:userId/second-factor',
      call: async () => ({
        method: 'DELETE',
        url: `/api/staff/accounts/${(await aStaffMember(context.db, world.organizationId, 'director')).id}/second-factor`,
      }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D 403 A ok X 403 Y 403',
    },
    {
      route: 'GET /api/organization/security',
      call: async () => ({ method: 'GET', url: '/api/organization/security' }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D 403 A ok X 403 Y 403',
    },
    {
      route: 'GET /api/organization/settings',
      call: async () => ({ method: 'GET', url: '/api/organization/settings' }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D ok A ok X 403 Y ok',
    },
    // A clinical figure: directors change it, admins do not (their change of the time zone: organization-settings.spec.ts).
    {
      route: 'PUT /api/organization/settings',
      call: async () => ({ method: 'PUT', url: '/api/organization/settings', body: { smallCellK: nextSmallCellK++ } }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D ok A 403 X 403 Y ok',
    },
    { route: 'GET /api/audit', call: async () => ({ method: 'GET', url: '/api/audit' }), expect: 'L 403 C 403 O 403 S 403 U 403 D 403 A ok X 403 Y 403' },
    {
      route: 'GET /api/audit/verification',
      call: async () => ({ method: 'GET', url: '/api/audit/verification' }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D 403 A ok X 403 Y 403',
    },
    // Last: requiring a second factor of everyone asks it of this organization's callers from here on.
    {
      route: 'GET /api/organization/single-sign-on',
      call: async () => ({ method: 'GET', url: '/api/organization/single-sign-on' }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D ok A ok X 403 Y ok',
    },
    // Nothing waits for approval: refused after the caller's role was let through.
    {
      route: 'POST /api/organization/single-sign-on/approve',
      call: async () => ({ method: 'POST', url: '/api/organization/single-sign-on/approve', body: { proposedAt: '2026-12-01T15:00:00.000000Z' } }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D 409 A 403 X 403 Y 409',
    },
    {
      route: 'POST /api/organization/single-sign-on/decline',
      call: async () => ({ method: 'POST', url: '/api/organization/single-sign-on/decline', body: { proposedAt: '2026-12-01T15:00:00.000000Z' } }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D 409 A 403 X 403 Y 409',
    },
    // A provider that is not https: refused after the caller's role was let through.
    {
      route: 'PUT /api/organization/single-sign-on',
      call: async () => ({
        method: 'PUT',
        url: '/api/organization/single-sign-on',
        body: {
          issuer: 'http://login.clinic.test',
          clientId: 'cohesion',
          clientSecret: 'secret',
          allowedDomains: ['clinic.test'],
          passwordSignIn: true,
          trustProviderMfa: false,
        },
      }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D 403 A 422 X 403 Y 403',
    },
    {
      route: 'DELETE /api/organization/single-sign-on',
      call: async () => ({ method: 'DELETE', url: '/api/organization/single-sign-on' }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D 403 A ok X 403 Y 403',
    },
    {
      route: 'PUT /api/organization/security',
      call: async () => ({ method: 'PUT', url: '/api/organization/security', body: { secondFactorPolicy: 'everyone' } }),
      expect: 'L 403 C 403 O 403 S 403 U 403 D 403 A ok X 403 Y 403',
    },
  ];

  const expectations = (route: Route): Map<Caller, Expected> => {
    const cells = new Map<Caller, Expected>();
    const all = /^all (ok|\d{3})$/.exec(route.expect);
    for (const caller of ['P' as const, ...SIGNED_IN, ...LOCKED_OUT]) {
      if (all) cells.set(caller, all[1] === 'ok' ? 'ok' : (Number(all[1]) as Expected));
      else if (LOCKED_OUT.includes(caller)) cells.set(caller, 401);
    }
    if (!all) {
      for (const [, caller, answer] of route.expect.matchAll(/([A-Z]) (ok|\d{3})/g))
        cells.set(caller as Caller, answer === 'ok' ? 'ok' : (Number(answer) as Expected));
      // P first: the last route asks a second factor of everyone from then on.
      return new Map([['P', OWN_ACCOUNT.includes(route.route) ? (cells.get('L') as Expected) : 403], ...cells]);
    }
    return cells;
  };

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 2);
    disabled = await aStaffMember(context.db, world.organizationId, 'facilitator', { disabled: true });
    pending = await aStaffMember(context.db, world.organizationId, 'facilitator');
    await context.db.query(`UPDATE staff_user SET pending_since = now(), pending_requested_by = $2 WHERE id = $1`, [pending.id, world.admin.id]);
    foreignDirector = await aStaffMember(context.db, world.outsider.organizationId, 'director');
    lead = await context.signedIn(world.lead);
    const [a, b] = world.memberIds;
    signed = await aRatedSession(lead, world.groupId, '2026-11-03', { [a]: 'present', [b]: 'present' }, { [a]: [4, 5, 6], [b]: [6, 6, 6] });
    expect((await lead.post(`/api/sessions/${signed.id}/sign`)).status).toBe(200);
    toCosign = await aRatedSession(lead, world.groupId, '2026-11-04', { [a]: 'present', [b]: 'present' }, { [a]: [4, 5, 6], [b]: [6, 6, 6] });
    expect((await lead.post(`/api/sessions/${toCosign.id}/sign`)).status).toBe(200);
  });

  it('names every route Nest serves, and every route carries an access decision', () => {
    const served = servedRoutes(context.app);
    for (const { route, isPublic, roles } of served) {
      expect({ route, decided: isPublic || roles.length > 0 }).toEqual({ route, decided: true });
      expect({ route, public: isPublic }).toEqual({ route, public: Boolean(ROUTES.find((r) => r.route === route)?.public) });
    }
    expect(served.map((r) => r.route).sort()).toEqual(ROUTES.map((r) => r.route).sort());
  });

  it(
    'answers every cell as written down: no unexpected 2xx, no 5xx, other organizations 404',
    async () => {
      const mismatches: string[] = [];
      let cells = 0;
      for (const route of ROUTES) {
        for (const [caller, expected] of expectations(route)) {
          const call = await route.call(caller);
          const response = await (await clientOf(caller)).request(call.method, call.url, call.body, call.headers);
          cells += 1;
          const answer = response.status >= 200 && response.status < 300 ? 'ok' : response.status;
          if (answer !== expected) mismatches.push(`${route.route} as ${caller}: expected ${expected}, got ${response.status} ${response.body.slice(0, 160)}`);
        }
      }
      expect(mismatches).toEqual([]);
      expect(cells).toBe(ROUTES.length * (SIGNED_IN.length + 1 + LOCKED_OUT.length));
    },
    MATRIX_TIMEOUT_MS,
  );
});
