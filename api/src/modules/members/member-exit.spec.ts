import { aGroup, aGroupCast, aGroupMember, type GroupCast, type TestStaff } from '../../../test/fixtures';
import { useTestApp } from '../../../test/test-context';

describe('POST /api/groups/:groupId/members/:memberId/exit: facilitators record a member leaving', () => {
  const context = useTestApp();
  let cast: GroupCast;

  beforeAll(async () => {
    cast = await aGroupCast(context.db);
  });

  async function exit(person: TestStaff, memberId: string, body: unknown, groupId = cast.groupId) {
    return (await context.as(person)).post(`/api/groups/${groupId}/members/${memberId}/exit`, body);
  }

  function aMember(joinedOn = '2026-01-05') {
    return aGroupMember(context.db, cast.organizationId, cast.groupId, { joinedOn });
  }

  async function enrollmentOf(memberId: string) {
    const [row] = await context.db.query(
      `SELECT to_char(left_on, 'YYYY-MM-DD') AS "leftOn", exit_reason AS "exitReason" FROM enrollment WHERE member_id = $1`,
      [memberId],
    );
    return row;
  }

  it('ends the enrollment, so the member leaves the current list but stays in the full one', async () => {
    const member = await aMember();
    const response = await exit(cast.lead, member.id, { leftOn: '2026-03-01', exitReason: 'completed' });
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ id: member.id, code: member.code, joinedOn: '2026-01-05', leftOn: '2026-03-01', exitReason: 'completed' });
    expect(await enrollmentOf(member.id)).toEqual({ leftOn: '2026-03-01', exitReason: 'completed' });

    const client = await context.as(cast.lead);
    const current = (await client.get(`/api/groups/${cast.groupId}/members`)).json();
    const all = (await client.get(`/api/groups/${cast.groupId}/members?include=all`)).json();
    expect(current.map((m: { id: string }) => m.id)).not.toContain(member.id);
    expect(all).toContainEqual(response.json());
  });

  it('lets the co-facilitator record an exit on the joining day itself', async () => {
    const member = await aMember('2026-02-02');
    const response = await exit(cast.co, member.id, { leftOn: '2026-02-02', exitReason: 'transferred' });
    expect(response.status).toBe(200);
    expect(await enrollmentOf(member.id)).toEqual({ leftOn: '2026-02-02', exitReason: 'transferred' });
  });

  it('refuses to end an enrollment twice with 409 and keeps the first exit', async () => {
    const member = await aMember();
    expect((await exit(cast.lead, member.id, { leftOn: '2026-03-01', exitReason: 'dropped_out' })).status).toBe(200);
    const again = await exit(cast.lead, member.id, { leftOn: '2026-03-05', exitReason: 'other' });
    expect(again.status).toBe(409);
    expect(again.json()).toMatchObject({ code: 'enrollment_already_ended' });
    expect(await enrollmentOf(member.id)).toEqual({ leftOn: '2026-03-01', exitReason: 'dropped_out' });
  });

  it('refuses a leaving date before the joining date with 422 naming leftOn', async () => {
    const member = await aMember('2026-02-10');
    const response = await exit(cast.lead, member.id, { leftOn: '2026-02-09', exitReason: 'completed' });
    expect(response.status).toBe(422);
    expect(response.json()).toMatchObject({ code: 'invalid_enrollment_dates', errors: [{ field: 'leftOn' }] });
    expect(await enrollmentOf(member.id)).toEqual({ leftOn: null, exitReason: null });
  });

  it('refuses a leaving date after the clinic’s today with 422 and changes nothing', async () => {
    const member = await aMember();
    const response = await exit(cast.lead, member.id, { leftOn: '2999-01-01', exitReason: 'completed' });
    expect(response.status).toBe(422);
    expect(response.json()).toMatchObject({ code: 'invalid_enrollment_dates', errors: [{ field: 'leftOn', message: 'leftOn 2999-01-01 is in the future' }] });
    expect(await enrollmentOf(member.id)).toEqual({ leftOn: null, exitReason: null });
  });

  it.each([
    ['a date that does not exist', { leftOn: '2026-02-29', exitReason: 'completed' }],
    ['no date', { exitReason: 'completed' }],
    ['a reason that does not exist', { leftOn: '2026-03-01', exitReason: 'moved_away' }],
    ['no reason', { leftOn: '2026-03-01' }],
    ['a free-text note', { leftOn: '2026-03-01', exitReason: 'other', note: 'moved to Springfield' }],
  ])('refuses %s with 400 and changes nothing', async (_, body) => {
    const member = await aMember();
    const response = await exit(cast.lead, member.id, body);
    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed' });
    expect(await enrollmentOf(member.id)).toEqual({ leftOn: null, exitReason: null });
  });

  it('answers a member who is not enrolled in this group with 404', async () => {
    const elsewhere = await aGroup(context.db, cast.organizationId, cast.programId, [{ id: cast.otherFacilitator.id, role: 'lead' }]);
    const member = await aGroupMember(context.db, cast.organizationId, elsewhere);
    for (const memberId of [member.id, '00000000-0000-4000-8000-000000000000']) {
      const response = await exit(cast.lead, memberId, { leftOn: '2026-03-01', exitReason: 'completed' });
      expect(response.status).toBe(404);
      expect(response.json()).toMatchObject({ code: 'member_not_found' });
    }
    expect(await enrollmentOf(member.id)).toEqual({ leftOn: null, exitReason: null });
    expect((await exit(cast.lead, 'M-AAAAAA', { leftOn: '2026-03-01', exitReason: 'completed' })).status).toBe(400);
  });

  it('lets readers who do not facilitate see but not record exits (403), and nobody else reach the group (404)', async () => {
    const member = await aMember();
    const body = { leftOn: '2026-03-01', exitReason: 'completed' };
    for (const person of [cast.supervisor, cast.director]) {
      const response = await exit(person, member.id, body);
      expect(response.status).toBe(403);
      expect(response.json()).toMatchObject({ code: 'not_group_facilitator' });
    }
    for (const person of [cast.otherFacilitator, cast.unrelatedSupervisor, cast.outsider]) {
      const response = await exit(person, member.id, body);
      expect(response.status).toBe(404);
      expect(response.json()).toMatchObject({ code: 'group_not_found' });
    }
    expect((await exit(cast.admin, member.id, body)).status).toBe(403);
    expect(await enrollmentOf(member.id)).toEqual({ leftOn: null, exitReason: null });
  });
});
