import type { GroupClimate } from '@cohesion/contracts';
import { aRatedSession } from '../../../test/analytics-fixtures';
import { aClinicWorld, type ClinicWorld } from '../../../test/clinical-fixtures';
import { useTestApp } from '../../../test/test-context';

describe('groups × weeks climate (heatmap)', () => {
  const context = useTestApp();
  let world: ClinicWorld;

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 2);
    const lead = await context.signedIn(world.lead);
    const [a, b] = world.memberIds;
    // Tuesday 2026-11-03 and Thursday 2026-11-05 share the ISO week of Monday 2026-11-02.
    await aRatedSession(lead, world.groupId, '2026-11-03', { [a]: 'present', [b]: 'present' }, { [a]: [6, 6, 6], [b]: [8, 8, 8] });
    await aRatedSession(lead, world.groupId, '2026-11-05', { [a]: 'present', [b]: 'absent' }, { [a]: [3, 3, 3] });
    await aRatedSession(lead, world.groupId, '2026-11-10', { [a]: 'present', [b]: 'present' }, { [a]: [9, 9, 9], [b]: [9, 6, 3] });
  });

  const climate = async (who: ClinicWorld['lead'], query = '') => {
    const response = await (await context.signedIn(who)).get(`/api/analytics/groups/climate?from=2026-11-01&to=2026-11-15${query}`);
    expect(response.status).toBe(200);
    return response.json<GroupClimate[]>();
  };

  it('gives every group of the organization to a director, each with its benefit index by ISO week', async () => {
    const groups = await climate(world.director);
    expect(groups.map((g) => g.groupName)).toEqual(['Thursday circle', 'Tuesday circle']);
    const tuesday = groups.find((g) => g.groupId === world.groupId) as GroupClimate;
    // Week of 11-02: member-sessions 6, 8 and 3 → (6 + 8 + 3) / 3; week of 11-09: 9 and 6.
    expect(tuesday.weeks).toEqual([
      { week: '2026-11-02', benefitIndex: expect.closeTo(17 / 3, 10), members: 2 },
      { week: '2026-11-09', benefitIndex: 7.5, members: 2 },
    ]);
    expect(groups.find((g) => g.groupId !== world.groupId)?.weeks).toEqual([]);
  });

  it('gives a facilitator only their own groups, and keeps the program filter for directors', async () => {
    expect((await climate(world.otherFacilitator)).map((g) => g.groupName)).toEqual(['Thursday circle']);
    expect((await climate(world.director, `&programId=${world.programId}`)).length).toBe(2);
    const refused = await (await context.signedIn(world.lead)).get(`/api/analytics/groups/climate?programId=${world.programId}`);
    expect(refused.status).toBe(403);
  });

  it('narrows to one facilitator’s groups, for directors and for the facilitator themself', async () => {
    expect((await climate(world.director, `&facilitatorId=${world.otherFacilitator.id}`)).map((g) => g.groupName)).toEqual(['Thursday circle']);
    expect((await climate(world.lead, `&facilitatorId=${world.lead.id}`)).map((g) => g.groupName)).toEqual(['Tuesday circle']);
    const elsewhere = await (await context.signedIn(world.lead)).get(`/api/analytics/groups/climate?facilitatorId=${world.otherFacilitator.id}`);
    expect(elsewhere.status).toBe(404);
    const malformed = await (await context.signedIn(world.director)).get('/api/analytics/groups/climate?facilitatorId=someone');
    expect(malformed.status).toBe(400);
  });
});
