import { aClinicWorld, aSessionRequest, type ClinicWorld } from '../../../test/clinical-fixtures';
import { TEST_PASSWORD, type TestStaff } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';

type Who = 'lead' | 'co' | 'otherFacilitator' | 'supervisor' | 'unrelatedSupervisor' | 'director' | 'admin' | 'outsider';

/** Who reaches which session route. A group the caller may not see answers 404, exactly like a missing one. */
describe('session routes: each role’s reach', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  const clients = {} as Record<Who, TestClient>;
  let draftId: string;
  let signedId: string;

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 2);
    for (const who of ['lead', 'co', 'otherFacilitator', 'supervisor', 'unrelatedSupervisor', 'director', 'admin', 'outsider'] as Who[]) {
      clients[who] = new TestClient(context.app);
      await clients[who].signIn((world[who] as TestStaff).email, TEST_PASSWORD);
    }
    draftId = (await clients.lead.post(`/api/groups/${world.groupId}/sessions`, aSessionRequest(world.memberIds, { heldOn: '2026-11-02' }))).json().id;
    signedId = (await clients.lead.post(`/api/groups/${world.groupId}/sessions`, aSessionRequest(world.memberIds, { heldOn: '2026-11-09' }))).json().id;
    expect((await clients.lead.post(`/api/sessions/${signedId}/sign`)).status).toBe(200);
  });

  const readers: Record<Who, number> = {
    lead: 200,
    co: 200,
    otherFacilitator: 404,
    supervisor: 200,
    unrelatedSupervisor: 404,
    director: 200,
    admin: 403,
    outsider: 404,
  };

  it.each(Object.entries(readers))('lets %s read the session list and a session: %i', async (who, expected) => {
    expect((await clients[who as Who].get(`/api/groups/${world.groupId}/sessions`)).status).toBe(expected);
    expect((await clients[who as Who].get(`/api/sessions/${draftId}`)).status).toBe(expected);
  });

  const writers: Record<Who, number> = {
    lead: 201,
    co: 201,
    otherFacilitator: 404,
    supervisor: 403,
    unrelatedSupervisor: 403,
    director: 403,
    admin: 403,
    outsider: 404,
  };

  it.each(Object.entries(writers))('lets %s record a session and add an addendum: %i', async (who, expected) => {
    const client = clients[who as Who];
    expect((await client.post(`/api/groups/${world.groupId}/sessions`, aSessionRequest(world.memberIds, { heldOn: '2026-10-05' }))).status).toBe(expected);
    expect((await client.post(`/api/sessions/${signedId}/addenda`, { text: `Addendum by ${who}.` })).status).toBe(expected);
  });

  it.each(Object.entries({ ...writers, lead: 200, co: 200 }))('lets %s edit and sign a draft: %i', async (who, expected) => {
    const client = clients[who as Who];
    if (expected === 200) {
      const fresh = (await clients.lead.post(`/api/groups/${world.groupId}/sessions`, aSessionRequest(world.memberIds, { heldOn: '2026-10-12' }))).json();
      expect(
        (
          await client.request('PUT', `/api/sessions/${fresh.id}`, aSessionRequest(world.memberIds, { heldOn: '2026-10-12' }), {
            'if-match': String(fresh.version),
          })
        ).status,
      ).toBe(200);
      expect((await client.post(`/api/sessions/${fresh.id}/sign`)).status).toBe(200);
      return;
    }
    expect((await client.request('PUT', `/api/sessions/${draftId}`, aSessionRequest(world.memberIds), { 'if-match': '1' })).status).toBe(expected);
    expect((await client.post(`/api/sessions/${draftId}/sign`)).status).toBe(expected);
  });

  it('lets only the supervisor of the group’s facilitator co-sign', async () => {
    expect((await clients.unrelatedSupervisor.post(`/api/sessions/${signedId}/cosign`)).status).toBe(404);
    for (const who of ['lead', 'co', 'director', 'admin'] as Who[]) expect((await clients[who].post(`/api/sessions/${signedId}/cosign`)).status).toBe(403);
    expect((await clients.supervisor.post(`/api/sessions/${signedId}/cosign`)).status).toBe(200);
  });

  it('leaves the draft untouched by every refused write', async () => {
    const session = (await clients.lead.get(`/api/sessions/${draftId}`)).json();
    expect(session).toMatchObject({ status: 'draft', version: 1, heldOn: '2026-11-02' });
  });

  it('answers a malformed session id with 400', async () => {
    expect((await clients.lead.get('/api/sessions/not-a-uuid')).status).toBe(400);
  });
});
