import { aGroup, aGroupCast, aGroupMember, TEST_PASSWORD, type GroupCast, type TestStaff } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';

describe('GET /api/groups/:groupId/members: who lists a group’s members', () => {
  const context = useTestApp();
  let cast: GroupCast;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    cast = await aGroupCast(context.db);
    const { organizationId, groupId } = cast;
    ids['later'] = (await aGroupMember(context.db, organizationId, groupId, { code: 'M-BBBBBB', joinedOn: '2026-01-05' })).id;
    ids['earlier'] = (await aGroupMember(context.db, organizationId, groupId, { code: 'M-AAAAAA', joinedOn: '2026-01-05' })).id;
    ids['left'] = (
      await aGroupMember(context.db, organizationId, groupId, { code: 'M-ZZZZZZ', joinedOn: '2026-01-03', leftOn: '2026-02-01', exitReason: 'dropped_out' })
    ).id;
    ids['newest'] = (await aGroupMember(context.db, organizationId, groupId, { code: 'M-000000', joinedOn: '2026-02-10' })).id;
    const elsewhere = await aGroup(context.db, organizationId, cast.programId, [{ id: cast.lead.id, role: 'lead' }]);
    await aGroupMember(context.db, organizationId, elsewhere, { code: 'M-111111', joinedOn: '2026-01-01' });
  });

  async function listAs(person: TestStaff, query = '') {
    const client = new TestClient(context.app);
    await client.signIn(person.email, TEST_PASSWORD);
    return client.get(`/api/groups/${cast.groupId}/members${query}`);
  }

  it('lists current members by joining date, then code, with nothing but the pseudonymous fields', async () => {
    const response = await listAs(cast.lead);
    expect(response.status).toBe(200);
    expect(response.json()).toEqual([
      { id: ids['earlier'], code: 'M-AAAAAA', joinedOn: '2026-01-05', leftOn: null, exitReason: null },
      { id: ids['later'], code: 'M-BBBBBB', joinedOn: '2026-01-05', leftOn: null, exitReason: null },
      { id: ids['newest'], code: 'M-000000', joinedOn: '2026-02-10', leftOn: null, exitReason: null },
    ]);
    expect((await listAs(cast.lead, '?include=current')).json()).toEqual(response.json());
  });

  it('includes members who left when asked for all', async () => {
    const response = await listAs(cast.lead, '?include=all');
    expect(response.status).toBe(200);
    expect(response.json().map((m: { code: string }) => m.code)).toEqual(['M-ZZZZZZ', 'M-AAAAAA', 'M-BBBBBB', 'M-000000']);
    expect(response.json()[0]).toEqual({ id: ids['left'], code: 'M-ZZZZZZ', joinedOn: '2026-01-03', leftOn: '2026-02-01', exitReason: 'dropped_out' });
  });

  it('lets the co-facilitator, the lead’s supervisor and the director read the same list', async () => {
    const expected = (await listAs(cast.lead, '?include=all')).json();
    for (const person of [cast.co, cast.supervisor, cast.director]) {
      const response = await listAs(person, '?include=all');
      expect(response.status).toBe(200);
      expect(response.json()).toEqual(expected);
    }
  });

  it('answers another facilitator, an unrelated supervisor and another organization with 404', async () => {
    for (const person of [cast.otherFacilitator, cast.unrelatedSupervisor, cast.outsider]) {
      const response = await listAs(person);
      expect(response.status).toBe(404);
      expect(response.json()).toMatchObject({ code: 'group_not_found' });
    }
  });

  it('keeps admins out', async () => {
    expect((await listAs(cast.admin)).status).toBe(403);
  });

  it.each([
    ['an unknown scope', '?include=left'],
    ['an unknown query parameter', '?code=M-AAAAAA'],
  ])('refuses %s with 400', async (_, query) => {
    const response = await listAs(cast.lead, query);
    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed' });
  });

  it('refuses a group id that is not a UUID with 400', async () => {
    const client = new TestClient(context.app);
    await client.signIn(cast.lead.email, TEST_PASSWORD);
    expect((await client.get('/api/groups/123/members')).status).toBe(400);
  });
});
