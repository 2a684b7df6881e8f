import { aGroupCast, aGroupMember, TEST_PASSWORD, type GroupCast, type TestStaff } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';

describe('GET /api/groups/:groupId: who reads one group', () => {
  const context = useTestApp();
  let cast: GroupCast;

  beforeAll(async () => {
    cast = await aGroupCast(context.db);
    await aGroupMember(context.db, cast.organizationId, cast.groupId, { joinedOn: '2026-01-05' });
    await aGroupMember(context.db, cast.organizationId, cast.groupId, { joinedOn: '2026-01-05', leftOn: '2026-02-01' });
  });

  async function getAs(person: TestStaff, groupId = cast.groupId) {
    const client = new TestClient(context.app);
    await client.signIn(person.email, TEST_PASSWORD);
    return client.get(`/api/groups/${groupId}`);
  }

  it('shows the lead, the co-facilitator, the lead’s supervisor and the director the group with its schedule', async () => {
    for (const person of [cast.lead, cast.co, cast.supervisor, cast.director]) {
      const response = await getAs(person);
      expect(response.status).toBe(200);
      expect(response.json()).toEqual({
        id: cast.groupId,
        name: 'Tuesday circle',
        kind: 'open',
        schedule: 'Tuesdays 18:00',
        programId: cast.programId,
        programName: 'Grief support',
        facilitators: [
          { id: cast.lead.id, displayName: 'Lena Lead', role: 'lead' },
          { id: cast.co.id, displayName: 'Cora Co', role: 'co' },
        ],
        memberCount: 1,
        sessionCount: 0,
        lastSessionOn: null,
      });
    }
  });

  it('answers another facilitator, an unrelated supervisor and another organization exactly as for a missing group', async () => {
    const missing = await getAs(cast.director, '00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    const { instance: _, ...missingProblem } = missing.json();
    expect(missingProblem).toMatchObject({ status: 404, code: 'group_not_found' });
    for (const person of [cast.otherFacilitator, cast.unrelatedSupervisor, cast.outsider]) {
      const response = await getAs(person);
      expect(response.status).toBe(404);
      const { instance: __, ...problem } = response.json();
      expect(problem).toEqual(missingProblem);
    }
  });

  it('keeps admins out', async () => {
    const response = await getAs(cast.admin);
    expect(response.status).toBe(403);
    expect(response.json()).toMatchObject({ code: 'role_not_allowed' });
  });

  it('refuses an id that is not a UUID with a 400 problem', async () => {
    const response = await getAs(cast.director, 'not-a-uuid');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
