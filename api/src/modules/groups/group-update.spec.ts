import { aGroup, aGroupCast, type GroupCast, type TestStaff } from '../../../test/fixtures';
import { useTestApp } from '../../../test/test-context';

describe('PATCH /api/groups/:groupId: directors rename a group or change its schedule', () => {
  const context = useTestApp();
  let cast: GroupCast;

  beforeAll(async () => {
    cast = await aGroupCast(context.db);
  });

  async function patch(person: TestStaff, groupId: string, body: unknown) {
    return (await context.as(person)).request('PATCH', `/api/groups/${groupId}`, body);
  }

  function aScheduledGroup(): Promise<string> {
    return aGroup(context.db, cast.organizationId, cast.programId, [{ id: cast.lead.id, role: 'lead' }], {
      name: 'Before',
      kind: 'closed',
      schedule: 'Fridays 09:00',
    });
  }

  async function stored(groupId: string) {
    const [row] = await context.db.query(`SELECT name, kind, schedule FROM therapy_group WHERE id = $1`, [groupId]);
    return row;
  }

  it('renames the group and keeps the schedule when only the name is sent', async () => {
    const groupId = await aScheduledGroup();
    const response = await patch(cast.director, groupId, { name: ' After ' });
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({ id: groupId, name: 'After', schedule: 'Fridays 09:00', kind: 'closed' });
    expect(await stored(groupId)).toEqual({ name: 'After', kind: 'closed', schedule: 'Fridays 09:00' });
  });

  it('changes the schedule, and clears it with null', async () => {
    const groupId = await aScheduledGroup();
    expect((await patch(cast.director, groupId, { schedule: 'Mondays 17:30' })).json()).toMatchObject({ name: 'Before', schedule: 'Mondays 17:30' });
    expect((await patch(cast.director, groupId, { schedule: null })).json()).toMatchObject({ schedule: null });
    expect(await stored(groupId)).toEqual({ name: 'Before', kind: 'closed', schedule: null });
  });

  it('lets only directors of the organization change it', async () => {
    const groupId = await aScheduledGroup();
    for (const person of [cast.lead, cast.supervisor, cast.admin]) expect((await patch(person, groupId, { name: 'X' })).status).toBe(403);
    expect((await patch(cast.outsider, groupId, { name: 'X' })).status).toBe(404);
    expect(await stored(groupId)).toEqual({ name: 'Before', kind: 'closed', schedule: 'Fridays 09:00' });
  });

  it.each([
    ['a kind (fixed at creation)', { kind: 'open' }],
    ['an empty name', { name: '' }],
    ['a null name', { name: null }],
    ['a name of 121 characters', { name: 'n'.repeat(121) }],
    ['a schedule of 121 characters', { schedule: 's'.repeat(121) }],
    ['a program (fixed at creation)', { programId: '00000000-0000-4000-8000-000000000000' }],
  ])('refuses %s with 400 and changes nothing', async (_, body) => {
    const groupId = await aScheduledGroup();
    const response = await patch(cast.director, groupId, body);
    expect(response.status).toBe(400);
    expect(await stored(groupId)).toEqual({ name: 'Before', kind: 'closed', schedule: 'Fridays 09:00' });
  });

  it('refuses a name that identifies a person with 422 and changes nothing', async () => {
    const groupId = await aScheduledGroup();
    const response = await patch(cast.director, groupId, { name: 'Group for John Smith' });
    expect(response.status).toBe(422);
    expect(response.json()).toMatchObject({ code: 'identifiers_found', errors: [{ field: 'name' }] });
    expect(await stored(groupId)).toEqual({ name: 'Before', kind: 'closed', schedule: 'Fridays 09:00' });
  });
});
