import type { AttendanceSummary, SessionDetail } from '@cohesion/contracts';
import { aClinicWorld, aSessionRequest, type ClinicWorld } from '../../../test/clinical-fixtures';
import type { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';

describe('co-facilitators of a session', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let lead: TestClient;

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 2);
    lead = await context.signedIn(world.lead);
  });

  const sessionCount = async () => (await context.db.query(`SELECT count(*)::int AS n FROM group_session WHERE group_id = $1`, [world.groupId]))[0].n;

  it('records who ran the session with its recorder, changes them on a draft, and counts their time in reach', async () => {
    const created = await lead.post(
      `/api/groups/${world.groupId}/sessions`,
      aSessionRequest(world.memberIds, { heldOn: '2026-11-03', coFacilitatorIds: [world.co.id] }),
    );
    expect(created.status).toBe(201);
    const session = created.json<SessionDetail>();
    expect(session.facilitators).toEqual([
      { id: world.lead.id, displayName: 'Lena Lead' },
      { id: world.co.id, displayName: 'Cora Co' },
    ]);

    // 90 minutes by two facilitators: 2 member-sessions over 3 facilitator-hours.
    const director = await context.as(world.director);
    const attendance = (
      await director.get(`/api/analytics/attendance?scope=group&id=${world.groupId}&from=2026-11-01&to=2026-11-07`)
    ).json<AttendanceSummary>();
    expect(attendance.facilitatorHours).toBe(3);

    const updated = await lead.request('PUT', `/api/sessions/${session.id}`, aSessionRequest(world.memberIds, { heldOn: '2026-11-03', coFacilitatorIds: [] }), {
      'if-match': `"${session.version}"`,
    });
    expect(updated.status).toBe(200);
    expect(updated.json<SessionDetail>().facilitators).toEqual([{ id: world.lead.id, displayName: 'Lena Lead' }]);
  });

  it('refuses a co-facilitator who does not facilitate the group, or the recorder twice, and saves nothing', async () => {
    const before = await sessionCount();
    for (const coFacilitatorIds of [[world.otherFacilitator.id], [world.lead.id]]) {
      const refused = await lead.post(`/api/groups/${world.groupId}/sessions`, aSessionRequest(world.memberIds, { heldOn: '2026-11-10', coFacilitatorIds }));
      expect(refused.status).toBe(422);
      expect(refused.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['coFacilitatorIds[0]']);
    }
    const malformed = await lead.post(
      `/api/groups/${world.groupId}/sessions`,
      aSessionRequest(world.memberIds, { heldOn: '2026-11-10', coFacilitatorIds: ['Cora'] }),
    );
    expect(malformed.status).toBe(400);
    expect(await sessionCount()).toBe(before);
  });
});
