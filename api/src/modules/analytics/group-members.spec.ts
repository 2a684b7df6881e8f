import type { MemberOutcomeSummary } from '@cohesion/contracts';
import { aRatedSession } from '../../../test/analytics-fixtures';
import { aClinicWorld, anEnrolledMember, type ClinicWorld } from '../../../test/clinical-fixtures';
import type { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';

describe('member table of a group', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let lead: TestClient;
  let former: string;

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 2);
    lead = await context.signedIn(world.lead);
    const [a, b] = world.memberIds;
    former = await anEnrolledMember(context.db, world.organizationId, world.groupId, '2026-01-05', '2026-11-10');
    await aRatedSession(
      lead,
      world.groupId,
      '2026-11-02',
      { [a]: 'present', [b]: 'present', [former]: 'present' },
      { [a]: [8, 7, 6], [b]: [6, 5, 4], [former]: [2, 2, 2] },
    );
    await aRatedSession(lead, world.groupId, '2026-11-09', { [a]: 'absent', [b]: 'late', [former]: 'excused' }, { [b]: [4, 4, 4] });
    await aRatedSession(lead, world.groupId, '2026-11-16', { [a]: 'present', [b]: 'present' }, { [a]: [9, 9, 9] });
  });

  const summaries = async (query = '') => {
    const response = await lead.get(`/api/analytics/groups/${world.groupId}/members${query}`);
    expect(response.status).toBe(200);
    return response.json<MemberOutcomeSummary[]>();
  };

  it('gives each current member’s attendance, latest scores and the benefit index of their rated sessions, oldest first', async () => {
    const [a, b] = world.memberIds;
    const rows = await summaries();
    expect(rows.map((row) => row.memberId).sort()).toEqual([a, b].sort());
    const first = rows.find((row) => row.memberId === a) as MemberOutcomeSummary;
    expect(first).toMatchObject({ sessionsAttended: 2, sessionsScheduled: 3, joinedOn: '2026-01-05', leftOn: null });
    expect(first.latest).toMatchObject({ heldOn: '2026-11-16', scores: { belonging: 9, learning: 9, accountability: 9, benefitIndex: 9 } });
    expect(first.recentBenefitIndex).toEqual([
      { heldOn: '2026-11-02', value: 7 },
      { heldOn: '2026-11-16', value: 9 },
    ]);

    const second = rows.find((row) => row.memberId === b) as MemberOutcomeSummary;
    // Late counts as attended; present at the last session but not rated there, so the latest scores are of 11-09.
    expect(second).toMatchObject({ sessionsAttended: 3, sessionsScheduled: 3, latest: { heldOn: '2026-11-09', scores: { benefitIndex: 4 } } });
  });

  it('lists members who left only when asked, after the current ones', async () => {
    const all = await summaries('?include=all');
    expect(all.at(-1)).toMatchObject({
      memberId: former,
      leftOn: '2026-11-10',
      sessionsAttended: 1,
      sessionsScheduled: 2,
      latest: { scores: { benefitIndex: 2 } },
    });
    expect((await lead.get(`/api/analytics/groups/${world.groupId}/members?include=everyone`)).status).toBe(400);
  });

  it('answers 404 for a group the caller does not facilitate', async () => {
    const other = await context.signedIn(world.otherFacilitator);
    expect((await other.get(`/api/analytics/groups/${world.groupId}/members`)).json()).toMatchObject({ status: 404 });
  });
});
