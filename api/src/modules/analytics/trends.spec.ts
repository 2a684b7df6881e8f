import type { TrendPoint, TrendResponse } from '@cohesion/contracts';
import { aRatedSession } from '../../../test/analytics-fixtures';
import { asOrganization } from '../../../test/as-organization';
import { aClinicWorld, type ClinicWorld } from '../../../test/clinical-fixtures';
import type { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';

const RANGE = 'from=2026-11-01&to=2026-11-30';

/**
 * One group, four members (a–d), three sessions in November 2026. Expected values computed independently
 * (Python statistics.mean/stdev; t quantiles from the Student table: t(0.975, 1) = 12.706204736,
 * t(0.975, 2) = 4.302652730, t(0.975, 4) = 2.776445105, t(0.975, 5) = 2.570581836).
 *   S1 Mon 2026-11-02: a 8/7/6, b 6/5/7, c 4/4/4 (d absent)
 *   S2 Thu 2026-11-05: a 9/8/7, d 5/6/5 (b late, not rated; c absent)
 *   S3 Tue 2026-11-10: a 7/7/7
 */
describe('outcome trends', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let lead: TestClient;
  let director: TestClient;

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 4);
    lead = await context.signedIn(world.lead);
    director = await context.signedIn(world.director);
    const [a, b, c, d] = world.memberIds;
    await aRatedSession(
      lead,
      world.groupId,
      '2026-11-02',
      { [a]: 'present', [b]: 'present', [c]: 'present', [d]: 'absent' },
      { [a]: [8, 7, 6], [b]: [6, 5, 7], [c]: [4, 4, 4] },
    );
    await aRatedSession(lead, world.groupId, '2026-11-05', { [a]: 'present', [b]: 'late', [c]: 'absent', [d]: 'present' }, { [a]: [9, 8, 7], [d]: [5, 6, 5] });
    await aRatedSession(lead, world.groupId, '2026-11-10', { [a]: 'present', [b]: 'excused', [c]: 'excused', [d]: 'excused' }, { [a]: [7, 7, 7] });
  });

  const trend = async (client: TestClient, query: string) => {
    const response = await client.get(`/api/analytics/trends?${query}`);
    expect(response.status).toBe(200);
    return response.json<TrendResponse>();
  };

  const close = (point: TrendPoint, expected: Omit<TrendPoint, 'sessionId'>) => {
    expect(point).toMatchObject({ period: expected.period, n: expected.n, members: expected.members, lowN: expected.lowN });
    for (const key of ['mean', 'sd', 'ciLow', 'ciHigh'] as const) {
      if (expected[key] === null) expect(point[key]).toBeNull();
      else expect(point[key]).toBeCloseTo(expected[key] as number, 5);
    }
  };

  it('gives each session its n, members, mean, SD and Student-t interval', async () => {
    const body = await trend(lead, `scope=group&id=${world.groupId}&bucket=session&${RANGE}`);
    expect(body).toMatchObject({ scope: 'group', id: world.groupId, bucket: 'session', from: '2026-11-01', to: '2026-11-30' });
    const [s1, s2, s3] = body.series.belonging;
    close(s1, { period: '2026-11-02', n: 3, members: 3, mean: 6, sd: 2, ciLow: 1.031725, ciHigh: 10.968275, lowN: true });
    close(s2, { period: '2026-11-05', n: 2, members: 2, mean: 7, sd: 2.828427, ciLow: -18.412409, ciHigh: 32.412409, lowN: true });
    close(s3, { period: '2026-11-10', n: 1, members: 1, mean: 7, sd: null, ciLow: null, ciHigh: null, lowN: true });
    expect(s1.sessionId).toBeDefined();
    close(body.series.learning[0], { period: '2026-11-02', n: 3, members: 3, mean: 5.333333, sd: 1.527525, ciLow: 1.53875, ciHigh: 9.127916, lowN: true });
    close(body.series.benefitIndex[1], {
      period: '2026-11-05',
      n: 2,
      members: 2,
      mean: 6.666667,
      sd: 1.885618,
      ciLow: -10.27494,
      ciHigh: 23.608273,
      lowN: true,
    });
  });

  it('sums sessions into ISO weeks and months, counting members once', async () => {
    const weeks = await trend(lead, `scope=group&id=${world.groupId}&bucket=week&${RANGE}`);
    expect(weeks.from).toBe('2026-10-26');
    expect(weeks.to).toBe('2026-12-06');
    expect(weeks.series.belonging.map((p) => p.period)).toEqual(['2026-11-02', '2026-11-09']);
    close(weeks.series.belonging[0], { period: '2026-11-02', n: 5, members: 4, mean: 6.4, sd: 2.073644, ciLow: 3.825231, ciHigh: 8.974769, lowN: true });
    close(weeks.series.benefitIndex[0], { period: '2026-11-02', n: 5, members: 4, mean: 6.066667, sd: 1.534782, ciLow: 4.160983, ciHigh: 7.97235, lowN: true });

    const months = await trend(lead, `scope=group&id=${world.groupId}&bucket=month&${RANGE}`);
    close(months.series.belonging[0], { period: '2026-11-01', n: 6, members: 4, mean: 6.5, sd: 1.870829, ciLow: 4.536686, ciHigh: 8.463314, lowN: true });
    close(months.series.benefitIndex[0], {
      period: '2026-11-01',
      n: 6,
      members: 4,
      mean: 6.222222,
      sd: 1.424651,
      ciLow: 4.727143,
      ciHigh: 7.717301,
      lowN: true,
    });
  });

  it('answers the same numbers for the facilitator, the program and the organization', async () => {
    const forGroup = await trend(lead, `scope=group&id=${world.groupId}&bucket=week&${RANGE}`);
    const forFacilitator = await trend(lead, `scope=facilitator&id=${world.lead.id}&bucket=week&${RANGE}`);
    const forProgram = await trend(director, `scope=program&id=${world.programId}&bucket=week&${RANGE}`);
    const forOrganization = await trend(director, `scope=organization&bucket=week&${RANGE}`);
    expect(forFacilitator.series).toEqual(forGroup.series);
    expect(forProgram.series).toEqual(forGroup.series);
    expect(forOrganization).toMatchObject({ scope: 'organization', id: null, series: forGroup.series });
  });

  it('is never stale: an edited draft moves every scope at once', async () => {
    const other = await aClinicWorld(context.db, 2);
    const otherLead = await context.signedIn(other.lead);
    const otherDirector = await context.signedIn(other.director);
    const [a, b] = other.memberIds;
    const session = await aRatedSession(otherLead, other.groupId, '2026-11-03', { [a]: 'present', [b]: 'present' }, { [a]: [2, 2, 2], [b]: [4, 4, 4] });
    const before = await trend(otherDirector, `scope=organization&bucket=month&${RANGE}`);
    expect(before.series.belonging[0].mean).toBe(3);

    const edited = await otherLead.request(
      'PUT',
      `/api/sessions/${session.id}`,
      {
        heldOn: '2026-11-03',
        durationMinutes: 90,
        attendance: [
          { memberId: a, status: 'present' },
          { memberId: b, status: 'present' },
        ],
        ratings: [
          { memberId: a, measure: 'belonging', score: 10 },
          { memberId: b, measure: 'belonging', score: 8 },
        ],
      },
      { 'if-match': `"${session.version}"` },
    );
    expect(edited.status).toBe(200);
    const after = await trend(otherDirector, `scope=organization&bucket=month&${RANGE}`);
    expect(after.series.belonging[0]).toMatchObject({ n: 2, members: 2, mean: 9 });
    expect(after.series.learning).toEqual([]);
    expect(after.series.benefitIndex[0].mean).toBe(9);
  });

  it('is never stale after a change made outside the API either', async () => {
    const other = await aClinicWorld(context.db, 2);
    const otherLead = await context.signedIn(other.lead);
    const [a, b] = other.memberIds;
    const session = await aRatedSession(otherLead, other.groupId, '2026-11-04', { [a]: 'present', [b]: 'present' }, { [a]: [3, 3, 3], [b]: [5, 5, 5] });
    const query = `scope=group&id=${other.groupId}&bucket=session&${RANGE}`;
    expect((await trend(otherLead, query)).series.belonging).toMatchObject([{ n: 2, mean: 4 }]);

    await asOrganization(context.db, other.organizationId, (tx) => tx.query(`DELETE FROM rating WHERE session_id = $1 AND member_id = $2`, [session.id, b]));
    expect((await trend(otherLead, query)).series.belonging).toMatchObject([{ n: 1, mean: 3 }]);
  });

  it('returns empty series for a range without ratings', async () => {
    const body = await trend(lead, `scope=group&id=${world.groupId}&bucket=month&from=2025-01-01&to=2025-06-30`);
    expect(body.series).toEqual({ belonging: [], learning: [], accountability: [], benefitIndex: [] });
  });
});
