import type { TrajectoryPoint } from '@cohesion/contracts';
import { aRatedSession } from '../../../test/analytics-fixtures';
import { aClinicWorld, anEnrolledMember, type ClinicWorld } from '../../../test/clinical-fixtures';
import type { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';

/** A member's own session numbers: a member who joined late starts at 1, beside the group mean of the same sessions. */
describe('member trajectory', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let lead: TestClient;
  let lateJoiner: string;

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 2);
    lead = await context.signedIn(world.lead);
    const [a, b] = world.memberIds;
    lateJoiner = await anEnrolledMember(context.db, world.organizationId, world.groupId, '2026-11-04');
    await aRatedSession(lead, world.groupId, '2026-11-02', { [a]: 'present', [b]: 'present' }, { [a]: [8, 7, 6], [b]: [6, 5, 4] });
    await aRatedSession(
      lead,
      world.groupId,
      '2026-11-09',
      { [a]: 'absent', [b]: 'present', [lateJoiner]: 'present' },
      { [b]: [4, 4, 4], [lateJoiner]: [6, 9, 3] },
    );
    await aRatedSession(
      lead,
      world.groupId,
      '2026-11-16',
      { [a]: 'present', [b]: 'late', [lateJoiner]: 'present' },
      { [a]: [9, 9, 9], [lateJoiner]: [8, 8, 8] },
    );
  });

  const trajectory = async (memberId: string) => {
    const response = await lead.get(`/api/analytics/groups/${world.groupId}/members/${memberId}/trajectory`);
    expect(response.status).toBe(200);
    return response.json<TrajectoryPoint[]>();
  };

  it('numbers a late joiner’s sessions from their first and sets each beside the group mean', async () => {
    const points = await trajectory(lateJoiner);
    expect(points.map((p) => [p.sessionNumber, p.heldOn])).toEqual([
      [1, '2026-11-09'],
      [2, '2026-11-16'],
    ]);
    expect(points[0].scores).toEqual({ belonging: 6, learning: 9, accountability: 3, benefitIndex: 6 });
    // Session of 2026-11-09: b 4/4/4 and the late joiner 6/9/3 → means 5, 6.5, 3.5; benefit index (4 + 6) / 2 = 5.
    expect(points[0].groupMean).toEqual({ belonging: 5, learning: 6.5, accountability: 3.5, benefitIndex: 5 });
  });

  it('skips sessions the member missed and keeps attended sessions without ratings', async () => {
    const [a, b] = world.memberIds;
    expect((await trajectory(a)).map((p) => [p.sessionNumber, p.heldOn])).toEqual([
      [1, '2026-11-02'],
      [2, '2026-11-16'],
    ]);
    const late = (await trajectory(b)).at(-1) as TrajectoryPoint;
    expect(late).toMatchObject({
      sessionNumber: 3,
      heldOn: '2026-11-16',
      scores: { belonging: null, learning: null, accountability: null, benefitIndex: null },
    });
    expect(late.groupMean.belonging).toBe(8.5);
  });

  it('does not know members of other groups', async () => {
    const stranger = await anEnrolledMember(
      context.db,
      world.organizationId,
      (await context.db.query(`SELECT id FROM therapy_group WHERE organization_id = $1 AND id <> $2 LIMIT 1`, [world.organizationId, world.groupId]))[0].id,
      '2026-01-05',
    );
    const response = await lead.get(`/api/analytics/groups/${world.groupId}/members/${stranger}/trajectory`);
    expect(response.status).toBe(404);
    expect(response.json()).toMatchObject({ code: 'member_not_found' });
  });
});
