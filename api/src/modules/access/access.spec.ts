import { parse } from 'csv-parse/sync';
import type { Page, ReviewQueueItem, SessionSummary, TrendResponse } from '@cohesion/contracts';
import { aSessionRequest, anEnrolledMember } from '../../../test/clinical-fixtures';
import { aGroupCast, aStaffMember, aSupervision, type GroupCast, type TestStaff } from '../../../test/fixtures';
import type { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';

/**
 * A supervisor reads and co-signs only the notes of sessions that one of their supervisees facilitated (led or
 * co-facilitated). An outside review read and co-signed the notes of a facilitator nobody had asked them to supervise,
 * through a group that their supervisee co-facilitates. Here the lead is supervised by `leadSupervisor`, the
 * co-facilitator by `coSupervisor`, and the group's sessions are run by the lead alone, the co alone, and both.
 */
describe('access: a co-facilitated group’s sessions, as each supervisor reaches them', () => {
  const context = useTestApp();
  let cast: GroupCast;
  let coSupervisor: TestStaff;
  const sessions = {} as Record<'byLead' | 'byCo' | 'together', string>;
  let leadSupervisor: TestClient;
  let coSupervisorClient: TestClient;

  const recordAndSign = async (facilitator: TestClient, heldOn: string, memberIds: string[], coFacilitatorIds: string[] = []) => {
    const created = await facilitator.post(`/api/groups/${cast.groupId}/sessions`, aSessionRequest(memberIds, { heldOn, coFacilitatorIds }));
    expect(created.status).toBe(201);
    expect((await facilitator.post(`/api/sessions/${created.json().id}/sign`)).status).toBe(200);
    return created.json().id as string;
  };

  beforeAll(async () => {
    cast = await aGroupCast(context.db);
    coSupervisor = await aStaffMember(context.db, cast.organizationId, 'supervisor', { displayName: 'Colm Supervisor' });
    await aSupervision(context.db, coSupervisor, cast.co);
    const memberIds = [
      await anEnrolledMember(context.db, cast.organizationId, cast.groupId, '2026-01-05'),
      await anEnrolledMember(context.db, cast.organizationId, cast.groupId, '2026-01-05'),
    ];
    const lead = await context.signedIn(cast.lead);
    const co = await context.signedIn(cast.co);
    sessions.byLead = await recordAndSign(lead, '2026-10-06', memberIds);
    sessions.byCo = await recordAndSign(co, '2026-10-13', memberIds);
    sessions.together = await recordAndSign(lead, '2026-10-20', memberIds, [cast.co.id]);
    leadSupervisor = await context.signedIn(cast.supervisor);
    coSupervisorClient = await context.signedIn(coSupervisor);
  });

  const reachOf = async (supervisor: TestClient) => {
    const list = await supervisor.get(`/api/groups/${cast.groupId}/sessions`);
    const listed = list.status === 200 ? list.json<Page<SessionSummary>>().items.map((s) => s.id) : [];
    const readable: string[] = [];
    for (const id of Object.values(sessions)) if ((await supervisor.get(`/api/sessions/${id}`)).status === 200) readable.push(id);
    const queued = (await supervisor.get('/api/sessions/review-queue')).json<ReviewQueueItem[]>().map((item) => item.sessionId);
    const csv = await supervisor.get(`/api/exports/ratings.csv?scope=group&id=${cast.groupId}&from=2026-10-01&to=2026-10-31`);
    const exported = csv.status === 200 ? [...new Set((parse(csv.body, { columns: true }) as { session_id: string }[]).map((row) => row.session_id))] : [];
    return { listed: listed.sort(), readable: readable.sort(), queued: queued.sort(), exported: exported.sort() };
  };

  it('shows the lead’s supervisor the sessions the lead ran, never those the co-facilitator ran alone', async () => {
    const expected = [sessions.byLead, sessions.together].sort();
    expect(await reachOf(leadSupervisor)).toEqual({ listed: expected, readable: expected, queued: expected, exported: expected });
  });

  it('shows the co-facilitator’s supervisor the sessions the co-facilitator ran, never those the lead ran alone', async () => {
    const expected = [sessions.byCo, sessions.together].sort();
    // The group itself is the lead's supervisor's: its lists and exports answer 404 to the co-facilitator's.
    expect(await reachOf(coSupervisorClient)).toEqual({ listed: [], readable: expected, queued: expected, exported: [] });
  });

  // An outside review read a member's scores of every session, the lead's alone included, through the analytics of a
  // group that the supervisee only co-facilitates: member table, trajectory, check-ins, per-session trend.
  it('keeps the analytics of a group a supervisee only co-facilitates from that supervisee’s supervisor', async () => {
    const [memberId] = (await leadSupervisor.get(`/api/analytics/groups/${cast.groupId}/members`)).json<{ memberId: string }[]>().map((m) => m.memberId);
    expect(memberId).toEqual(expect.any(String));
    const routes = [
      `/api/analytics/groups/${cast.groupId}/members`,
      `/api/analytics/groups/${cast.groupId}/members/${memberId}/trajectory`,
      `/api/analytics/trends?scope=group&id=${cast.groupId}&bucket=session&from=2026-10-01&to=2026-10-31`,
    ];
    const answers = [];
    for (const route of routes) answers.push([route, (await coSupervisorClient.get(route)).status]);
    expect(answers).toEqual(routes.map((route) => [route, 404]));
    const byFacilitator = await coSupervisorClient.get(`/api/analytics/trends?scope=facilitator&id=${cast.co.id}&bucket=week&from=2026-10-01&to=2026-10-31`);
    expect(byFacilitator.status).toBe(200);
    const points = Object.values(byFacilitator.json<TrendResponse>().series).flat();
    expect(points.filter((point) => point.n > 0)).toEqual([]);
  });

  it('lets neither supervisor co-sign a note out of their reach: 404, as for a note that does not exist', async () => {
    expect((await leadSupervisor.post(`/api/sessions/${sessions.byCo}/cosign`)).status).toBe(404);
    expect((await coSupervisorClient.post(`/api/sessions/${sessions.byLead}/cosign`)).status).toBe(404);
    const [row] = await context.db.query(`SELECT cosigned_at FROM group_session WHERE id = $1`, [sessions.byCo]);
    expect(row.cosigned_at).toBeNull();
    expect((await coSupervisorClient.post(`/api/sessions/${sessions.byCo}/cosign`)).status).toBe(200);
  });

  it('puts only reachable notes in a supervision pack', async () => {
    const pack = await leadSupervisor.get(`/api/reports/supervision.pdf?scope=group&id=${cast.groupId}&from=2026-10-01&to=2026-10-31`);
    expect(pack.status).toBe(200);
    const [audit] = await context.db.query(
      `SELECT detail FROM audit_event WHERE actor_id = $1 AND action = 'export.supervision_pack' ORDER BY seq DESC LIMIT 1`,
      [cast.supervisor.id],
    );
    expect(audit.detail.notes).toBe(2);
  });

  it('records each object-level refusal in the audit trail: who asked for which record', async () => {
    expect((await leadSupervisor.get(`/api/sessions/${sessions.byCo}`)).status).toBe(404);
    const rows = await context.db.query(
      `SELECT actor_id AS "actorId", entity_type AS "entityType", entity_id AS "entityId", outcome, detail FROM audit_event
        WHERE action = 'request.denied' AND entity_id = $1 ORDER BY seq DESC LIMIT 1`,
      [sessions.byCo],
    );
    expect(rows).toEqual([
      {
        actorId: cast.supervisor.id,
        entityType: 'session',
        entityId: sessions.byCo,
        outcome: 'denied',
        detail: { status: 404, problem: 'https://cohesion.app/problems/session_not_found', route: 'GET /api/sessions/:sessionId' },
      },
    ]);
  });
});
