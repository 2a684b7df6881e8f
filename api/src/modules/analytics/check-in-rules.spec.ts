import type { CheckIn, Page } from '@cohesion/contracts';
import { aRatedSession, type Scores } from '../../../test/analytics-fixtures';
import { aClinicWorld, type ClinicWorld } from '../../../test/clinical-fixtures';
import type { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';

const WEEKS = ['2026-09-01', '2026-09-08', '2026-09-15', '2026-09-22', '2026-09-29', '2026-10-06'];

/** Records one session a week: everyone present, each member's scores as given. */
async function weeklySessions(lead: TestClient, world: ClinicWorld, scoresByWeek: readonly (readonly Scores[])[]): Promise<void> {
  for (const [week, scores] of scoresByWeek.entries()) {
    const present = Object.fromEntries(world.memberIds.map((id) => [id, 'present' as const]));
    await aRatedSession(lead, world.groupId, WEEKS[week], present, Object.fromEntries(scores.map((s, i) => [world.memberIds[i], s])));
  }
}

const reasonsOf = async (client: TestClient, groupId: string) => {
  const response = await client.get(`/api/analytics/alerts?groupId=${groupId}`);
  expect(response.status).toBe(200);
  return response.json<Page<CheckIn>>().items.map((checkIn) => ({ member: checkIn.memberId, heldOn: checkIn.heldOn, reasons: checkIn.reasons }));
};

describe('check-in rules a clinician can act on', () => {
  const context = useTestApp();

  it('low: reads only the member’s latest attended session, never a stale score from a measure not rated since', async () => {
    // m1 rated belonging 3 in the first week and skipped belonging in the second; m2 rates learning 3 in the latest week.
    // Before: m1 kept a "low belonging" from the first week. Now only m2's learning 3 of the latest week.
    const world = await aClinicWorld(context.db, 5);
    const lead = await context.signedIn(world.lead);
    const steady: Scores = [7, 7, 7];
    await weeklySessions(lead, world, [
      [[3, 8, 8], [7, 7, 7], steady, steady, steady],
      [[null, 8, 8], [7, 3, 7], steady, steady, steady],
    ]);
    const [m1, m2] = world.memberIds;
    const found = await reasonsOf(lead, world.groupId);
    expect(found.filter((c) => c.member === m1)).toEqual([]);
    expect(found.find((c) => c.member === m2)?.reasons.filter((r) => r.kind === 'low')).toEqual([
      { kind: 'low', measure: 'learning', detail: 'Learning 3 in the latest session attended (threshold 4)' },
    ]);
  });

  it('behind_group: compares the member with the mean and SD of the 3 others, not of a group that includes them', async () => {
    // Others' benefit indexes 9, 8 and 7 (mean 8, SD 1), the member's 6.67 twice: 1.33 SD below the others. Counting
    // the member in (mean 7.67, SD 1.05) left them 0.95 SD below, and nothing was raised.
    const world = await aClinicWorld(context.db, 4);
    const lead = await context.signedIn(world.lead);
    const week: Scores[] = [
      [6, 7, 7],
      [9, 9, 9],
      [8, 8, 8],
      [7, 7, 7],
    ];
    await weeklySessions(lead, world, [week, week]);
    expect(await reasonsOf(lead, world.groupId)).toEqual([
      {
        member: world.memberIds[0],
        heldOn: WEEKS[1],
        reasons: [
          {
            kind: 'behind_group',
            measure: null,
            detail:
              'Benefit index 6.7 and then 6.7 in 2 consecutive sessions, each at least 1 SD below the other members (3 others: mean 8, SD 1; then 3 others: mean 8, SD 1)',
          },
        ],
      },
    ]);
  });

  it('climate_drop: a group of 8 falling from 7.0 to 5.6 is 6 standard errors of the group mean, and raises it', async () => {
    // Week 1 (everyone's first session, so s1 = 3.21): 10 × 4 members and 4 × 4 members. Weeks 2–5: 6, 6, 7, 7, 7, 7,
    // 8, 8 (mean 7, SD 0.756). Week 6: 6 × 5 members and 5 × 3 (mean 5.625, SD 0.518). SE = √(0.2679/8 + 4 · (0.5714/8)/16)
    // = 0.2266; the fall of 1.375 is 6.07 SE. The individual reliable-change threshold (1.96 · √2 · 3.21 · √0.2 = 3.97)
    // raised nothing.
    const world = await aClinicWorld(context.db, 8);
    const lead = await context.signedIn(world.lead);
    const all = (score: number): Scores => [score, score, score];
    const steady = [6, 6, 7, 7, 7, 7, 8, 8].map(all);
    await weeklySessions(lead, world, [[10, 10, 10, 10, 4, 4, 4, 4].map(all), steady, steady, steady, steady, [6, 6, 6, 6, 6, 5, 5, 5].map(all)]);
    expect(await reasonsOf(lead, world.groupId)).toEqual([
      {
        member: null,
        heldOn: WEEKS[5],
        reasons: [
          {
            kind: 'climate_drop',
            measure: null,
            detail:
              "The group's mean benefit index was 5.6 in the latest session, down from 7 over the previous 4 sessions: a fall of 1.4, 6.1 standard errors (more than 1.96 is a climate drop)",
          },
        ],
      },
    ]);
  });
});
