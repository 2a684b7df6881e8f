import { randomUUID } from 'node:crypto';
import { aRatedSession } from '../../../test/analytics-fixtures';
import { aClinicWorld, type ClinicWorld } from '../../../test/clinical-fixtures';
import { aStaffMember } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';

/** Who may ask which analytics question, and what a malformed question gets: a problem, never data or a 5xx. */
describe('analytics access and bad input', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let memberId: string;
  let alertId: string;

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 2);
    memberId = world.memberIds[0];
    const lead = await context.as(world.lead);
    await aRatedSession(lead, world.groupId, '2026-11-02', { [memberId]: 'present' }, { [memberId]: [2, 6, 6] });
    const alerts = await lead.get(`/api/analytics/alerts?groupId=${world.groupId}`);
    alertId = alerts.json().items[0].id;
  });

  const status = async (
    who: keyof Pick<ClinicWorld, 'lead' | 'co' | 'otherFacilitator' | 'supervisor' | 'unrelatedSupervisor' | 'director' | 'admin' | 'outsider'>,
    url: string,
  ) => (await (await context.as(world[who])).get(url)).status;

  it('lets each role reach exactly its scopes; what a caller may not see does not exist', async () => {
    const group = `/api/analytics/trends?scope=group&id=${world.groupId}&bucket=week`;
    const facilitator = `/api/analytics/trends?scope=facilitator&id=${world.lead.id}&bucket=week`;
    const program = `/api/analytics/trends?scope=program&id=${world.programId}&bucket=month`;
    const organization = `/api/analytics/trends?scope=organization&bucket=month`;
    const trajectory = `/api/analytics/groups/${world.groupId}/members/${memberId}/trajectory`;
    const alerts = `/api/analytics/alerts?groupId=${world.groupId}`;
    const attendance = `/api/analytics/attendance?scope=group&id=${world.groupId}`;
    const expected: Record<string, Record<string, number>> = {
      lead: { group: 200, facilitator: 200, program: 403, organization: 403, trajectory: 200, alerts: 200, attendance: 200 },
      co: { group: 200, facilitator: 404, program: 403, organization: 403, trajectory: 200, alerts: 200, attendance: 200 },
      otherFacilitator: { group: 404, facilitator: 404, program: 403, organization: 403, trajectory: 404, alerts: 404, attendance: 404 },
      supervisor: { group: 200, facilitator: 200, program: 403, organization: 403, trajectory: 200, alerts: 200, attendance: 200 },
      unrelatedSupervisor: { group: 404, facilitator: 404, program: 403, organization: 403, trajectory: 404, alerts: 404, attendance: 404 },
      director: { group: 200, facilitator: 200, program: 200, organization: 200, trajectory: 200, alerts: 200, attendance: 200 },
      admin: { group: 403, facilitator: 403, program: 403, organization: 403, trajectory: 403, alerts: 403, attendance: 403 },
      outsider: { group: 404, facilitator: 404, program: 403, organization: 403, trajectory: 404, alerts: 404, attendance: 404 },
    };
    const urls = { group, facilitator, program, organization, trajectory, alerts, attendance };
    const actual: Record<string, Record<string, number>> = {};
    for (const who of Object.keys(expected) as (keyof typeof expected & Parameters<typeof status>[0])[]) {
      actual[who] = {};
      for (const [name, url] of Object.entries(urls)) actual[who][name] = await status(who, url);
    }
    expect(actual).toEqual(expected);
    expect((await new TestClient(context.app).get(group)).status).toBe(401);
  });

  it('shows a director of another organization nothing of this one', async () => {
    const elsewhere = (await context.db.query(`SELECT organization_id AS id FROM staff_user WHERE id = $1`, [world.outsider.id]))[0].id;
    const outsider = await context.signedIn(await aStaffMember(context.db, elsewhere, 'director'));
    expect((await outsider.get(`/api/analytics/trends?scope=program&id=${world.programId}&bucket=month`)).status).toBe(404);
    expect((await outsider.get(`/api/analytics/trends?scope=facilitator&id=${world.lead.id}&bucket=month`)).status).toBe(404);
    const body = (await outsider.get('/api/analytics/trends?scope=organization&bucket=month&from=2026-11-01&to=2026-11-30')).json();
    expect(body.series.belonging).toEqual([]);
  });

  it('lets only the group’s facilitators and their supervisor acknowledge a check-in', async () => {
    const acknowledge = async (who: 'director' | 'otherFacilitator' | 'unrelatedSupervisor' | 'admin') =>
      (await (await context.as(world[who])).post(`/api/analytics/alerts/${alertId}/acknowledge`, { action: 'Checked in.' })).status;
    expect(await acknowledge('director')).toBe(403);
    expect(await acknowledge('otherFacilitator')).toBe(404);
    expect(await acknowledge('unrelatedSupervisor')).toBe(404);
    expect(await acknowledge('admin')).toBe(403);
    const [row] = await context.db.query(`SELECT count(*)::int AS n FROM check_in_acknowledgement WHERE check_in_id = $1`, [alertId]);
    expect(row.n).toBe(0);
  });

  it.each([
    ['an unknown scope', 'scope=clinic&bucket=week', 'validation_failed'],
    ['an unknown bucket', `scope=group&id=GROUP&bucket=fortnight`, 'validation_failed'],
    ['a missing bucket', `scope=group&id=GROUP`, 'validation_failed'],
    ['an id that is not a UUID', 'scope=group&id=42&bucket=week', 'validation_failed'],
    ['a group scope without id', 'scope=group&bucket=week', 'invalid_scope'],
    ['an organization scope with an id', 'scope=organization&id=GROUP&bucket=week', 'invalid_scope'],
    ['session buckets beyond one group', 'scope=organization&bucket=session', 'invalid_scope'],
    ['an inverted range', `scope=group&id=GROUP&bucket=week&from=2026-11-02&to=2026-11-01`, 'invalid_range'],
    ['a range over ten years', `scope=group&id=GROUP&bucket=month&from=2010-01-01&to=2026-11-01`, 'range_too_long'],
    ['a date that does not exist', `scope=group&id=GROUP&bucket=week&from=2026-02-30`, 'validation_failed'],
    ['an unknown field', `scope=group&id=GROUP&bucket=week&colour=red`, 'validation_failed'],
  ])('refuses %s with a 400 problem', async (_, query, code) => {
    const director = await context.as(world.director);
    const response = await director.get(`/api/analytics/trends?${query.replace('GROUP', world.groupId)}`);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 400, code });
  });

  it('refuses malformed check-in and attendance requests', async () => {
    const lead = await context.as(world.lead);
    expect((await lead.get(`/api/analytics/alerts?groupId=${world.groupId}&facilitatorId=${world.lead.id}`)).json()).toMatchObject({
      status: 400,
      code: 'invalid_scope',
    });
    expect((await lead.get('/api/analytics/alerts?status=closed')).status).toBe(400);
    expect((await lead.get('/api/analytics/alerts?limit=1000')).status).toBe(400);
    expect((await lead.get(`/api/analytics/attendance?scope=group&id=${world.groupId}&from=2026-12-01&to=2026-01-01`)).json()).toMatchObject({
      code: 'invalid_range',
    });
    expect((await lead.get(`/api/analytics/groups/${world.groupId}/members/not-a-uuid/trajectory`)).status).toBe(400);
    expect((await lead.get(`/api/analytics/groups/${world.groupId}/members/${randomUUID()}/trajectory`)).json()).toMatchObject({ status: 404 });
    for (const body of [{}, { action: '' }, { action: '   ' }, { action: 7 }, { action: 'x'.repeat(2001) }, { action: 'ok', extra: 1 }]) {
      expect((await lead.post(`/api/analytics/alerts/${alertId}/acknowledge`, body)).status).toBe(400);
    }
    expect((await lead.post(`/api/analytics/alerts/${world.groupId}/acknowledge`, { action: 'Checked in.' })).json()).toMatchObject({
      status: 404,
      code: 'check_in_not_found',
    });
  });
});
