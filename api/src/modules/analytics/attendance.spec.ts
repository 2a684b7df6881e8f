import type { AttendanceSummary, ProgramRetention } from '@cohesion/contracts';
import { aRatedSession } from '../../../test/analytics-fixtures';
import { aClinicWorld, anEnrolledMember, type ClinicWorld } from '../../../test/clinical-fixtures';
import { useTestApp } from '../../../test/test-context';

/**
 * Two sessions (90 and 60 minutes, one facilitator each) for five members, one of whom dropped out:
 *   2026-11-02: a present, b late, c absent, d excused, e present
 *   2026-11-09: a present, b present, c absent, d present, e absent (e dropped out on 2026-11-10)
 * Attendance = (5 present + 1 late) / 10 scheduled = 0.6; reach = 6 member-sessions / 2.5 facilitator-hours = 2.4.
 */
describe('attendance, retention and reach', () => {
  const context = useTestApp();
  let world: ClinicWorld;

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 4);
    const lead = await context.signedIn(world.lead);
    const [a, b, c, d] = world.memberIds;
    const e = await anEnrolledMember(context.db, world.organizationId, world.groupId, '2026-11-01');
    const first = await aRatedSession(lead, world.groupId, '2026-11-02', { [a]: 'present', [b]: 'late', [c]: 'absent', [d]: 'excused', [e]: 'present' }, {});
    const second = await aRatedSession(lead, world.groupId, '2026-11-09', { [a]: 'present', [b]: 'present', [c]: 'absent', [d]: 'present', [e]: 'absent' }, {});
    await context.db.query(`UPDATE group_session SET duration_minutes = 60 WHERE id = $1`, [second.id]);
    await context.db.query(`UPDATE enrollment SET left_on = '2026-11-10', exit_reason = 'dropped_out' WHERE member_id = $1`, [e]);
    expect(first.durationMinutes).toBe(90);
  });

  it('counts scheduled member-sessions, facilitator time and who stayed', async () => {
    const director = await context.as(world.director);
    const response = await director.get(`/api/analytics/attendance?scope=program&id=${world.programId}&from=2026-01-01&to=2026-11-20`);
    expect(response.status).toBe(200);
    const summary = response.json<AttendanceSummary>();
    expect(summary).toMatchObject({
      scope: 'program',
      id: world.programId,
      from: '2026-01-01',
      to: '2026-11-20',
      sessions: 2,
      scheduled: 10,
      present: 5,
      late: 1,
      absent: 3,
      excused: 1,
      facilitatorHours: 2.5,
    });
    expect(summary.attendanceRate).toBeCloseTo(0.6, 10);
    // Week of Monday 2026-11-02: a, b (late) and e of 5; week of 2026-11-09: a, b and d of 5.
    expect(summary.weekly).toEqual([
      { week: '2026-11-02', scheduled: 5, attended: 3, attendanceRate: 0.6 },
      { week: '2026-11-09', scheduled: 5, attended: 3, attendanceRate: 0.6 },
    ]);
    expect(summary.reach).toBeCloseTo(2.4, 10);
    // Five members joined in the range and attended at most 2 sessions: nobody was followed to a 4th session.
    expect(summary.retention).toEqual([
      { session: 4, retained: null, atRisk: 0 },
      { session: 8, retained: null, atRisk: 0 },
      { session: 12, retained: null, atRisk: 0 },
    ]);
  });

  it('answers a facilitator about their own groups and a range without sessions with zeros', async () => {
    const lead = await context.as(world.lead);
    const mine = (await lead.get(`/api/analytics/attendance?scope=facilitator&id=${world.lead.id}&from=2026-01-01&to=2026-11-20`)).json<AttendanceSummary>();
    expect(mine).toMatchObject({ sessions: 2, scheduled: 10 });
    const empty = (await lead.get(`/api/analytics/attendance?scope=group&id=${world.groupId}&from=2025-01-01&to=2025-12-31`)).json<AttendanceSummary>();
    expect(empty).toMatchObject({ sessions: 0, scheduled: 0, attendanceRate: null, facilitatorHours: 0, reach: null, weekly: [] });
  });

  // Sessions attended (present or late): a 2, b 2, c 0 (censored at 0), d 1 (censored), e 1 then dropped out: of the 4
  // followed to their 1st session, 1 left after it.
  it('draws each program’s Kaplan–Meier curve for directors in sessions attended: e dropped out after attending 1', async () => {
    const director = await context.as(world.director);
    const response = await director.get('/api/analytics/retention/programs?from=2026-01-01&to=2026-11-20');
    expect(response.status).toBe(200);
    const [program, ...others] = response.json<ProgramRetention[]>();
    expect(others).toEqual([]);
    expect(program).toMatchObject({ programId: world.programId, members: 5 });
    expect(program.curve).toHaveLength(16);
    expect(program.curve.slice(0, 3)).toEqual([
      { session: 1, retained: 0.75, atRisk: 4 },
      { session: 2, retained: 0.75, atRisk: 2 },
      { session: 3, retained: null, atRisk: 0 },
    ]);
    const lead = await context.as(world.lead);
    expect((await lead.get('/api/analytics/retention/programs')).status).toBe(403);
    expect((await director.get('/api/analytics/retention/programs?from=2026-11-20&to=2026-01-01')).status).toBe(400);
  });
});
