import type { GroupDetail } from '@cohesion/contracts';
import { aGroup, aGroupCast, aStaffMember, type GroupCast, type TestStaff } from '../../../test/fixtures';
import { useTestApp } from '../../../test/test-context';

describe('PUT /api/groups/:groupId/facilitators: directors reassign a group', () => {
  const context = useTestApp();
  let cast: GroupCast;
  let disabledFacilitator: TestStaff;

  beforeAll(async () => {
    cast = await aGroupCast(context.db);
    disabledFacilitator = await aStaffMember(context.db, cast.organizationId, 'facilitator', { disabled: true });
  });

  /** A fresh group led by the cast's lead with their co-facilitator, so each test changes its own. */
  function aLeadAndCoGroup(): Promise<string> {
    return aGroup(context.db, cast.organizationId, cast.programId, [
      { id: cast.lead.id, role: 'lead' },
      { id: cast.co.id, role: 'co' },
    ]);
  }

  function replace(person: TestStaff, groupId: string, facilitators: unknown) {
    return context.as(person).then((client) => client.request('PUT', `/api/groups/${groupId}/facilitators`, { facilitators }));
  }

  async function assignments(groupId: string): Promise<{ userId: string; role: string }[]> {
    return context.db.query(`SELECT user_id AS "userId", role FROM group_facilitator WHERE group_id = $1 ORDER BY role DESC, user_id`, [groupId]);
  }

  it('replaces the list, so the new facilitators reach the group and a removed one no longer does', async () => {
    const groupId = await aLeadAndCoGroup();
    const response = await replace(cast.director, groupId, [
      { userId: cast.co.id, role: 'lead' },
      { userId: cast.otherFacilitator.id, role: 'co' },
    ]);
    expect(response.status).toBe(200);
    expect((response.json() as GroupDetail).facilitators).toEqual([
      { id: cast.co.id, displayName: 'Cora Co', role: 'lead' },
      { id: cast.otherFacilitator.id, displayName: 'Omar Other', role: 'co' },
    ]);
    expect(await assignments(groupId)).toEqual([
      { userId: cast.co.id, role: 'lead' },
      { userId: cast.otherFacilitator.id, role: 'co' },
    ]);
    expect((await (await context.as(cast.otherFacilitator)).get(`/api/groups/${groupId}`)).status).toBe(200);
    expect((await (await context.as(cast.lead)).get(`/api/groups/${groupId}`)).status).toBe(404);
    // The lead's supervisor followed the lead out; the new co-facilitator's supervisor reaches the sessions the co
    // runs one by one, not the group, which is its new lead's supervisor's to read.
    expect((await (await context.as(cast.supervisor)).get(`/api/groups/${groupId}`)).status).toBe(404);
    expect((await (await context.as(cast.unrelatedSupervisor)).get(`/api/groups/${groupId}`)).status).toBe(404);
  });

  it('lets facilitators and supervisors read but not reassign, and keeps admins out', async () => {
    const groupId = await aLeadAndCoGroup();
    const before = await assignments(groupId);
    for (const person of [cast.lead, cast.supervisor, cast.admin]) {
      expect((await replace(person, groupId, [{ userId: cast.otherFacilitator.id, role: 'lead' }])).status).toBe(403);
    }
    expect(await assignments(groupId)).toEqual(before);
  });

  it('answers a director of another organization, and a missing group, with 404', async () => {
    const groupId = await aLeadAndCoGroup();
    const before = await assignments(groupId);
    const outsider = await replace(cast.outsider, groupId, [{ userId: cast.otherFacilitator.id, role: 'lead' }]);
    expect(outsider.status).toBe(404);
    expect(outsider.json()).toMatchObject({ code: 'group_not_found' });
    expect((await replace(cast.director, '00000000-0000-4000-8000-000000000000', [{ userId: cast.lead.id, role: 'lead' }])).status).toBe(404);
    expect(await assignments(groupId)).toEqual(before);
  });

  it.each([
    [
      'two leads',
      () => [
        { userId: cast.lead.id, role: 'lead' },
        { userId: cast.co.id, role: 'lead' },
      ],
      'facilitators',
    ],
    ['no lead', () => [{ userId: cast.co.id, role: 'co' }], 'facilitators'],
    ['a disabled facilitator', () => [{ userId: disabledFacilitator.id, role: 'lead' }], 'facilitators[0].userId'],
    [
      'a director as facilitator',
      () => [
        { userId: cast.lead.id, role: 'lead' },
        { userId: cast.director.id, role: 'co' },
      ],
      'facilitators[1].userId',
    ],
  ])('refuses %s with 422 and leaves the list as it was', async (_, facilitators, field) => {
    const groupId = await aLeadAndCoGroup();
    const before = await assignments(groupId);
    const response = await replace(cast.director, groupId, facilitators());
    expect(response.status).toBe(422);
    expect(response.json()).toMatchObject({ code: 'invalid_group_setup', errors: [{ field }] });
    expect(await assignments(groupId)).toEqual(before);
  });

  it('refuses an empty list or a malformed entry with 400 and leaves the list as it was', async () => {
    const groupId = await aLeadAndCoGroup();
    const before = await assignments(groupId);
    expect((await replace(cast.director, groupId, [])).status).toBe(400);
    expect((await replace(cast.director, groupId, [{ userId: cast.lead.id }])).status).toBe(400);
    expect((await replace(cast.director, groupId, 'everyone')).status).toBe(400);
    expect(await assignments(groupId)).toEqual(before);
  });
});
