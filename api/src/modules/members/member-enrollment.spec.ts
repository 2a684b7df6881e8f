import type { MemberSummary } from '@cohesion/contracts';
import { isMemberCode } from '@cohesion/domain';
import { aGroupCast, aGroupMember, type GroupCast, type TestStaff } from '../../../test/fixtures';
import { testToday } from '../../../test/test-clock';
import { useTestApp } from '../../../test/test-context';
import { MemberCodes } from './member-codes';

describe('POST /api/groups/:groupId/members: facilitators enroll new pseudonymous members', () => {
  const context = useTestApp();
  let cast: GroupCast;

  beforeAll(async () => {
    cast = await aGroupCast(context.db);
  });

  afterEach(() => jest.restoreAllMocks());

  async function addAs(person: TestStaff, body?: unknown) {
    return (await context.as(person)).post(`/api/groups/${cast.groupId}/members`, body);
  }

  async function counts() {
    const [row] = await context.db.query(
      `SELECT (SELECT count(*)::int FROM member WHERE organization_id = $1) AS members,
              (SELECT count(*)::int FROM enrollment WHERE organization_id = $1) AS enrollments`,
      [cast.organizationId],
    );
    return row;
  }

  it('creates a member with a random server-generated code, enrolled today, and lists them', async () => {
    const response = await addAs(cast.lead, {});
    expect(response.status).toBe(201);
    const member = response.json() as MemberSummary;
    expect(member).toEqual({ id: expect.any(String), code: expect.any(String), joinedOn: testToday('UTC'), leftOn: null, exitReason: null });
    expect(isMemberCode(member.code)).toBe(true);

    const [stored] = await context.db.query(
      `SELECT m.organization_id AS "organizationId", m.code, e.group_id AS "groupId", to_char(e.joined_on, 'YYYY-MM-DD') AS "joinedOn"
         FROM member m JOIN enrollment e ON e.member_id = m.id WHERE m.id = $1`,
      [member.id],
    );
    expect(stored).toEqual({ organizationId: cast.organizationId, code: member.code, groupId: cast.groupId, joinedOn: testToday('UTC') });
    const listed = (await (await context.as(cast.lead)).get(`/api/groups/${cast.groupId}/members`)).json() as MemberSummary[];
    expect(listed).toContainEqual(member);
  });

  it('lets the co-facilitator enroll with a past joining date, and accepts a request without a body', async () => {
    const dated = await addAs(cast.co, { joinedOn: '2024-02-29' });
    expect(dated.status).toBe(201);
    expect(dated.json()).toMatchObject({ joinedOn: '2024-02-29' });
    const bodiless = await addAs(cast.co);
    expect(bodiless.status).toBe(201);
    expect(bodiless.json().code).not.toBe(dated.json().code);
  });

  it('lets the supervisor and the director read the group but not enroll (403), and nobody else reach it (404)', async () => {
    const before = await counts();
    for (const person of [cast.supervisor, cast.director]) {
      const response = await addAs(person, {});
      expect(response.status).toBe(403);
      expect(response.json()).toMatchObject({ code: 'not_group_facilitator' });
    }
    for (const person of [cast.otherFacilitator, cast.unrelatedSupervisor, cast.outsider]) {
      const response = await addAs(person, {});
      expect(response.status).toBe(404);
      expect(response.json()).toMatchObject({ code: 'group_not_found' });
    }
    expect((await addAs(cast.admin, {})).status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['a date that does not exist', { joinedOn: '2026-02-30' }],
    ['a date of another shape', { joinedOn: '05/01/2026' }],
    ['a timestamp', { joinedOn: '2026-01-05T10:00:00Z' }],
    ['a code chosen by the client', { code: 'M-AAAAAA' }],
    ['anything about the person', { initials: 'JS' }],
  ])('refuses %s with 400 and writes nothing', async (_, body) => {
    const before = await counts();
    const response = await addAs(cast.lead, body);
    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed' });
    expect(await counts()).toEqual(before);
  });

  it('refuses a joining date after the clinic’s today with 422 and writes nothing', async () => {
    const before = await counts();
    const response = await addAs(cast.lead, { joinedOn: '2999-01-01' });
    expect(response.status).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'invalid_enrollment_dates',
      errors: [{ field: 'joinedOn', message: 'joinedOn 2999-01-01 is in the future' }],
    });
    expect(await counts()).toEqual(before);
  });

  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
    'takes today from the clinic’s time zone (%s), which differs from UTC’s date for part of every day',
    async (timeZone) => {
      await context.db.query(`UPDATE organization SET time_zone = $1 WHERE id = $2`, [timeZone, cast.organizationId]);
      try {
        const today = testToday(timeZone);
        expect((await addAs(cast.lead, {})).json().joinedOn).toBe(today);
        expect((await addAs(cast.lead, { joinedOn: today })).status).toBe(201);
      } finally {
        await context.db.query(`UPDATE organization SET time_zone = 'UTC' WHERE id = $1`, [cast.organizationId]);
      }
    },
  );

  it('draws another code when the first is already used in the organization', async () => {
    await aGroupMember(context.db, cast.organizationId, cast.groupId, { code: 'M-AAAAAA' });
    jest.spyOn(context.app.get(MemberCodes), 'next').mockReturnValueOnce('M-AAAAAA').mockReturnValueOnce('M-CCCCCC');
    const response = await addAs(cast.lead, {});
    expect(response.status).toBe(201);
    expect(response.json()).toMatchObject({ code: 'M-CCCCCC' });
    expect(
      await context.db.query(`SELECT code FROM member WHERE organization_id = $1 AND code IN ('M-AAAAAA', 'M-CCCCCC') ORDER BY code`, [cast.organizationId]),
    ).toEqual([{ code: 'M-AAAAAA' }, { code: 'M-CCCCCC' }]);
  });

  it('gives up after a few colliding codes with 503 and writes nothing', async () => {
    await aGroupMember(context.db, cast.organizationId, cast.groupId, { code: 'M-DDDDDD' });
    const before = await counts();
    const next = jest.spyOn(context.app.get(MemberCodes), 'next').mockReturnValue('M-DDDDDD');
    const response = await addAs(cast.lead, {});
    expect(response.status).toBe(503);
    expect(response.json()).toMatchObject({ code: 'member_code_unavailable' });
    expect(next).toHaveBeenCalledTimes(5);
    expect(await counts()).toEqual(before);
  });
});
