import type { CreateGroupRequest, GroupDetail } from '@cohesion/contracts';
import { aGroupCast, aProgram, aStaffMember, type GroupCast, type TestStaff } from '../../../test/fixtures';
import { useTestApp } from '../../../test/test-context';

describe('POST /api/groups: directors create groups', () => {
  const context = useTestApp();
  let cast: GroupCast;
  let disabledFacilitator: TestStaff;
  let foreignFacilitator: TestStaff;
  let foreignProgramId: string;

  beforeAll(async () => {
    cast = await aGroupCast(context.db);
    disabledFacilitator = await aStaffMember(context.db, cast.organizationId, 'facilitator', { disabled: true });
    foreignFacilitator = await aStaffMember(context.db, cast.outsider.organizationId, 'facilitator');
    foreignProgramId = await aProgram(context.db, cast.outsider.organizationId);
  });

  function aRequest(overrides: Record<string, unknown> = {}): CreateGroupRequest {
    return {
      name: 'Monday grief group',
      programId: cast.programId,
      kind: 'closed',
      schedule: 'Mondays 10:00',
      facilitators: [
        { userId: cast.co.id, role: 'co' },
        { userId: cast.otherFacilitator.id, role: 'lead' },
      ],
      ...overrides,
    } as CreateGroupRequest;
  }

  async function structureCounts() {
    const [row] = await context.db.query(
      `SELECT (SELECT count(*)::int FROM therapy_group WHERE organization_id = $1) AS groups,
              (SELECT count(*)::int FROM group_facilitator WHERE organization_id = $1) AS facilitators`,
      [cast.organizationId],
    );
    return row;
  }

  it('creates the group with its facilitators in the director’s organization and answers with its detail', async () => {
    const response = await (await context.as(cast.director)).post('/api/groups', aRequest({ name: '  Monday grief group ' }));
    expect(response.status).toBe(201);
    const group = response.json() as GroupDetail;
    expect(group).toEqual({
      id: expect.any(String),
      name: 'Monday grief group',
      kind: 'closed',
      schedule: 'Mondays 10:00',
      programId: cast.programId,
      programName: 'Grief support',
      facilitators: [
        { id: cast.otherFacilitator.id, displayName: 'Omar Other', role: 'lead' },
        { id: cast.co.id, displayName: 'Cora Co', role: 'co' },
      ],
      memberCount: 0,
      sessionCount: 0,
      lastSessionOn: null,
    });
    const [row] = await context.db.query(`SELECT organization_id AS "organizationId" FROM therapy_group WHERE id = $1`, [group.id]);
    expect(row.organizationId).toBe(cast.organizationId);

    // The new facilitators reach it; the lead of the other group does not.
    expect((await (await context.as(cast.co)).get(`/api/groups/${group.id}`)).status).toBe(200);
    expect((await (await context.as(cast.lead)).get(`/api/groups/${group.id}`)).status).toBe(404);
  });

  it('stores no schedule when it is left out or blank', async () => {
    const omitted = await (await context.as(cast.director)).post('/api/groups', aRequest({ name: 'No schedule', schedule: undefined }));
    const blank = await (await context.as(cast.director)).post('/api/groups', aRequest({ name: 'Blank schedule', schedule: '   ' }));
    expect([omitted.status, blank.status]).toEqual([201, 201]);
    expect([omitted.json().schedule, blank.json().schedule]).toEqual([null, null]);
  });

  it('lets no one but a director create a group', async () => {
    const before = await structureCounts();
    for (const person of [cast.lead, cast.supervisor, cast.admin]) {
      const response = await (await context.as(person)).post('/api/groups', aRequest());
      expect(response.status).toBe(403);
    }
    expect(await structureCounts()).toEqual(before);
  });

  it.each([
    [
      'two leads',
      () => ({
        facilitators: [
          { userId: cast.lead.id, role: 'lead' },
          { userId: cast.co.id, role: 'lead' },
        ],
      }),
      'facilitators',
    ],
    ['no lead', () => ({ facilitators: [{ userId: cast.co.id, role: 'co' }] }), 'facilitators'],
    [
      'the same person twice',
      () => ({
        facilitators: [
          { userId: cast.lead.id, role: 'lead' },
          { userId: cast.lead.id, role: 'co' },
        ],
      }),
      'facilitators[1].userId',
    ],
    [
      'a disabled facilitator',
      () => ({
        facilitators: [
          { userId: cast.lead.id, role: 'lead' },
          { userId: disabledFacilitator.id, role: 'co' },
        ],
      }),
      'facilitators[1].userId',
    ],
    ['a supervisor as facilitator', () => ({ facilitators: [{ userId: cast.supervisor.id, role: 'lead' }] }), 'facilitators[0].userId'],
    ['a facilitator of another organization', () => ({ facilitators: [{ userId: foreignFacilitator.id, role: 'lead' }] }), 'facilitators[0].userId'],
    ['an unknown person', () => ({ facilitators: [{ userId: '00000000-0000-4000-8000-000000000000', role: 'lead' }] }), 'facilitators[0].userId'],
    ['a program of another organization', () => ({ programId: foreignProgramId }), 'programId'],
  ])('refuses %s with 422 invalid_group_setup naming the field, and writes nothing', async (_, overrides, field) => {
    const before = await structureCounts();
    const response = await (await context.as(cast.director)).post('/api/groups', aRequest(overrides()));
    expect(response.status).toBe(422);
    expect(response.json()).toMatchObject({ code: 'invalid_group_setup', errors: [{ field, message: expect.stringContaining(field) }] });
    expect(await structureCounts()).toEqual(before);
  });

  it('lists every field at fault at once', async () => {
    const response = await (
      await context.as(cast.director)
    ).post(
      '/api/groups',
      aRequest({
        programId: foreignProgramId,
        facilitators: [{ userId: cast.supervisor.id, role: 'co' }],
      }),
    );
    expect(response.status).toBe(422);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual(['programId', 'facilitators', 'facilitators[0].userId']);
  });

  it.each([
    ['a kind that does not exist', { kind: 'rolling' }],
    ['an empty name', { name: ' ' }],
    ['a name of 121 characters', { name: 'n'.repeat(121) }],
    ['a schedule of 121 characters', { schedule: 's'.repeat(121) }],
    ['a program id that is not a UUID', { programId: 'grief' }],
    ['no facilitators', { facilitators: [] }],
    ['a facilitator role that does not exist', { facilitators: [{ userId: '00000000-0000-4000-8000-000000000000', role: 'assistant' }] }],
    ['a facilitator id that is not a UUID', { facilitators: [{ userId: 'ana', role: 'lead' }] }],
    ['an unknown field in a facilitator', { facilitators: [{ userId: '00000000-0000-4000-8000-000000000000', role: 'lead', email: 'a@b.c' }] }],
    ['an organization chosen by the client', { organizationId: '00000000-0000-4000-8000-000000000000' }],
  ])('refuses %s with 400 and writes nothing', async (_, overrides) => {
    const before = await structureCounts();
    const response = await (await context.as(cast.director)).post('/api/groups', aRequest(overrides));
    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed' });
    expect(await structureCounts()).toEqual(before);
  });

  it('refuses a schedule that identifies a place with 422 identifiers_found', async () => {
    const before = await structureCounts();
    const response = await (await context.as(cast.director)).post('/api/groups', aRequest({ schedule: 'Thursdays 6pm at 12 Main Street' }));
    expect(response.status).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'identifiers_found',
      errors: [{ field: 'schedule' }],
      findings: [{ field: 'schedule', kind: 'address', text: '12 Main Street' }],
    });
    expect(await structureCounts()).toEqual(before);
  });
});
