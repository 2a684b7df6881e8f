import type { GroupSummary } from '@cohesion/contracts';
import { aGroupCast, aStaffMember, aSupervision, type GroupCast, type TestStaff } from '../../../test/fixtures';
import { useTestApp } from '../../../test/test-context';

describe('supervision assignments: directors decide who supervises whom', () => {
  const context = useTestApp();
  let cast: GroupCast;
  let disabledFacilitator: TestStaff;
  let foreignFacilitator: TestStaff;
  let foreignSupervisor: TestStaff;

  beforeAll(async () => {
    cast = await aGroupCast(context.db);
    disabledFacilitator = await aStaffMember(context.db, cast.organizationId, 'facilitator', { disabled: true });
    foreignFacilitator = await aStaffMember(context.db, cast.outsider.organizationId, 'facilitator');
    foreignSupervisor = await aStaffMember(context.db, cast.outsider.organizationId, 'supervisor');
  });

  async function put(person: TestStaff, supervisorId: string, body: unknown) {
    return (await context.as(person)).request('PUT', `/api/supervisions/${supervisorId}`, body);
  }

  async function supervisedBy(supervisorId: string): Promise<string[]> {
    const rows: { id: string }[] = await context.db.query(`SELECT facilitator_id AS id FROM supervision WHERE supervisor_id = $1 ORDER BY facilitator_id`, [
      supervisorId,
    ]);
    return rows.map((row) => row.id);
  }

  it('lists every assignment of the director’s organization', async () => {
    const response = await (await context.as(cast.director)).get('/api/supervisions');
    expect(response.status).toBe(200);
    expect(response.json()).toEqual([
      { supervisorId: cast.supervisor.id, facilitatorId: cast.lead.id },
      { supervisorId: cast.unrelatedSupervisor.id, facilitatorId: cast.otherFacilitator.id },
    ]);
    expect((await (await context.as(cast.outsider)).get('/api/supervisions')).json()).toEqual([]);
  });

  it('replaces whom one supervisor supervises, which changes the groups they read, and leaves others alone', async () => {
    const supervisor = await aStaffMember(context.db, cast.organizationId, 'supervisor', { displayName: 'Nia New' });
    await aSupervision(context.db, supervisor, cast.lead);
    const response = await put(cast.director, supervisor.id, { facilitatorIds: [cast.otherFacilitator.id, cast.co.id] });
    expect(response.status).toBe(200);
    expect(response.json()).toEqual([
      { supervisorId: supervisor.id, facilitatorId: cast.co.id },
      { supervisorId: supervisor.id, facilitatorId: cast.otherFacilitator.id },
    ]);
    expect(await supervisedBy(supervisor.id)).toEqual([cast.co.id, cast.otherFacilitator.id].sort());
    expect(await supervisedBy(cast.unrelatedSupervisor.id)).toEqual([cast.otherFacilitator.id]);

    const groups = (await (await context.as(supervisor)).get('/api/groups')).json() as GroupSummary[];
    // The other facilitator leads Thursday circle; the co-facilitator only co-facilitates Tuesday circle, whose lead
    // this supervisor does not supervise: that group is its lead's supervisor's to read.
    expect(groups.map((g) => g.name).sort()).toEqual(['Thursday circle']);

    const cleared = await put(cast.director, supervisor.id, { facilitatorIds: [] });
    expect(cleared.status).toBe(200);
    expect(cleared.json()).toEqual([]);
    expect((await (await context.as(supervisor)).get('/api/groups')).json()).toEqual([]);
  });

  it.each([
    ['a facilitator as the supervisor', () => cast.lead.id, () => [cast.co.id], 'supervisorId'],
    ['a supervisor to be supervised', () => cast.supervisor.id, () => [cast.lead.id, cast.unrelatedSupervisor.id], 'facilitatorIds[1]'],
    ['a disabled facilitator', () => cast.supervisor.id, () => [disabledFacilitator.id], 'facilitatorIds[0]'],
    ['a facilitator of another organization', () => cast.supervisor.id, () => [foreignFacilitator.id], 'facilitatorIds[0]'],
  ])('refuses %s with 422 naming the field, and changes nothing', async (_, supervisorId, facilitatorIds, field) => {
    const before = await supervisedBy(cast.supervisor.id);
    const response = await put(cast.director, supervisorId(), { facilitatorIds: facilitatorIds() });
    expect(response.status).toBe(422);
    expect(response.json()).toMatchObject({ code: 'invalid_supervision', errors: [{ field }] });
    expect(await supervisedBy(cast.supervisor.id)).toEqual(before);
    expect(await supervisedBy(foreignSupervisor.id)).toEqual([]);
  });

  it.each([
    ['an unknown supervisor', () => '00000000-0000-4000-8000-000000000000'],
    ['a supervisor of another organization', () => foreignSupervisor.id],
  ])('answers %s with 404, as for anyone not in the organization, and changes nothing', async (_, supervisorId) => {
    const response = await put(cast.director, supervisorId(), { facilitatorIds: [cast.co.id] });
    expect(response.status).toBe(404);
    expect(response.json()).toMatchObject({ code: 'staff_not_found' });
    expect(await supervisedBy(cast.supervisor.id)).toEqual([cast.lead.id]);
    expect(await supervisedBy(foreignSupervisor.id)).toEqual([]);
  });

  it('does not let a director of another organization assign this organization’s staff', async () => {
    const response = await put(cast.outsider, cast.supervisor.id, { facilitatorIds: [] });
    expect(response.status).toBe(404);
    expect(await supervisedBy(cast.supervisor.id)).toEqual([cast.lead.id]);
  });

  it.each([
    ['a repeated id', { facilitatorIds: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000001'] }],
    ['an id that is not a UUID', { facilitatorIds: ['lena'] }],
    ['no list', {}],
    ['an unknown field', { facilitatorIds: [], organizationId: '00000000-0000-4000-8000-000000000001' }],
  ])('refuses %s with 400 and changes nothing', async (_, body) => {
    const response = await put(cast.director, cast.supervisor.id, body);
    expect(response.status).toBe(400);
    expect(await supervisedBy(cast.supervisor.id)).toEqual([cast.lead.id]);
  });

  it('refuses a supervisor id that is not a UUID with 400', async () => {
    expect((await put(cast.director, 'sue', { facilitatorIds: [] })).status).toBe(400);
  });

  it('is for directors only, even for the supervisor concerned', async () => {
    for (const person of [cast.lead, cast.supervisor, cast.admin]) {
      expect((await (await context.as(person)).get('/api/supervisions')).status).toBe(403);
      expect((await put(person, cast.supervisor.id, { facilitatorIds: [cast.co.id] })).status).toBe(403);
    }
    expect(await supervisedBy(cast.supervisor.id)).toEqual([cast.lead.id]);
  });
});
