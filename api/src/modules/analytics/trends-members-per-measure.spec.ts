import type { TrajectoryPoint, TrendPoint, TrendResponse } from '@cohesion/contracts';
import { aRatedSession } from '../../../test/analytics-fixtures';
import { asOrganization } from '../../../test/as-organization';
import { pdfText } from '../../../test/pdf-text';
import { aClinicWorld, type ClinicWorld } from '../../../test/clinical-fixtures';
import { useTestApp } from '../../../test/test-context';

const RANGE = 'from=2026-11-01&to=2026-11-30';

/**
 * Issue 15, defect 3. One session, 2026-11-03, five members present: all five rated belonging (6 each), only a, b and c
 * rated learning (4, 5, 6), nobody rated accountability. Learning is n = 3 ratings from 3 members: low n. The benefit
 * index counts everyone who rated anything (5).
 */
describe('trends: members and low n per measure', () => {
  const context = useTestApp();
  let world: ClinicWorld;

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 5);
    const lead = await context.signedIn(world.lead);
    const [a, b, c, d, e] = world.memberIds;
    const present = Object.fromEntries(world.memberIds.map((id) => [id, 'present' as const]));
    await aRatedSession(lead, world.groupId, '2026-11-03', present, {
      [a]: [6, 4, null],
      [b]: [6, 5, null],
      [c]: [6, 6, null],
      [d]: [6, null, null],
      [e]: [6, null, null],
    });
  });

  const seriesOf = async (query: string) => {
    const response = await (await context.as(world.director)).get(`/api/analytics/trends?${query}&${RANGE}`);
    expect(response.status).toBe(200);
    return response.json<TrendResponse>().series;
  };
  const counts = ({ n, members, lowN }: TrendPoint) => ({ n, members, lowN });

  it.each([
    ['a group by session', 'scope=group&bucket=session'],
    ['a group by week', 'scope=group&bucket=week'],
    ['a group by month', 'scope=group&bucket=month'],
    ['a facilitator by month', 'scope=facilitator&bucket=month'],
    ['a program by week (rollups)', 'scope=program&bucket=week'],
    ['the organization by month (rollups)', 'scope=organization&bucket=month'],
  ])('answers learning n = 3, members = 3, low n, for %s', async (_, query) => {
    const id = query.includes('group') ? world.groupId : query.includes('facilitator') ? world.lead.id : query.includes('program') ? world.programId : '';
    const series = await seriesOf(`${query}${id ? `&id=${id}` : ''}`);
    expect(series.learning.map(counts)).toEqual([{ n: 3, members: 3, lowN: true }]);
    expect(series.belonging.map(counts)).toEqual([{ n: 5, members: 5, lowN: false }]);
    expect(series.benefitIndex.map(counts)).toEqual([{ n: 5, members: 5, lowN: false }]);
    expect(series.accountability).toEqual([]);
  });

  it('gives the trajectory the group’s members and low n per measure', async () => {
    const [a] = world.memberIds;
    const response = await (await context.as(world.lead)).get(`/api/analytics/groups/${world.groupId}/members/${a}/trajectory`);
    expect(response.status).toBe(200);
    const [point] = response.json<TrajectoryPoint[]>();
    expect(point.groupMembers).toEqual({ belonging: 5, learning: 3, accountability: 0, benefitIndex: 5 });
    expect(point.groupLowN).toEqual({ belonging: false, learning: true, accountability: true, benefitIndex: false });
  });

  it('prints them in the supervision pack', async () => {
    const response = await (await context.as(world.lead)).get(`/api/reports/supervision.pdf?scope=group&id=${world.groupId}&${RANGE}`);
    const { text } = await pdfText(response.rawPayload);
    expect(text).toContain('2026-11 6.00 (n 5, 5 members) 5.00 (n 3, 3 members, low n) -');
  });

  it('keeps the counts right when a member’s only learning rating is removed outside the API', async () => {
    const [a] = world.memberIds;
    await asOrganization(context.db, world.organizationId, (tx) => tx.query(`DELETE FROM rating WHERE member_id = $1 AND measure = 'learning'`, [a]));
    for (const query of ['scope=group&bucket=week&id=' + world.groupId, 'scope=program&bucket=month&id=' + world.programId, 'scope=organization&bucket=week']) {
      const series = await seriesOf(query);
      expect(series.learning.map(counts)).toEqual([{ n: 2, members: 2, lowN: true }]);
      expect(series.belonging.map(counts)).toEqual([{ n: 5, members: 5, lowN: false }]);
    }
  });
});
