import type { CheckIn, CurrentUser, GroupGlance, Page } from '@cohesion/contracts';
import { addDays, startOfIsoWeek } from '@cohesion/domain';
import { aRatedSession } from '../../../test/analytics-fixtures';
import { aClinicWorld, type ClinicWorld } from '../../../test/clinical-fixtures';
import type { TestClient } from '../../../test/http-client';
import { testToday } from '../../../test/test-clock';
import { useTestApp } from '../../../test/test-context';

const daysBefore = (isoDate: string, days: number) => addDays(isoDate, -days);

describe('groups at a glance (the cards of My groups)', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let lead: TestClient;
  let today: string;

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 2);
    lead = await context.signedIn(world.lead);
    today = testToday((await lead.get('/api/auth/me')).json<CurrentUser>().timeZone);
    const [a, b] = world.memberIds;
    // Previous 28 days: one session, benefit index (6 + 8) / 2 = 7. Last 28 days: member-sessions 9, 3 and 6 → 6.
    await aRatedSession(lead, world.groupId, daysBefore(today, 35), { [a]: 'present', [b]: 'present' }, { [a]: [6, 6, 6], [b]: [8, 8, 8] });
    await aRatedSession(lead, world.groupId, daysBefore(today, 10), { [a]: 'present', [b]: 'absent' }, { [a]: [9, 9, 9] });
    await aRatedSession(lead, world.groupId, daysBefore(today, 3), { [a]: 'present', [b]: 'late' }, { [a]: [3, 3, 3], [b]: [9, 6, 3] });
  });

  const glance = async (client: TestClient) => {
    const response = await client.get('/api/analytics/groups/glance');
    expect(response.status).toBe(200);
    return response.json<GroupGlance[]>();
  };
  const openAlertsOfGroup = async () => (await lead.get(`/api/analytics/alerts?groupId=${world.groupId}&status=open&limit=100`)).json<Page<CheckIn>>();

  it('gives the recent benefit index with its change, attendance and the weekly sparkline of each group', async () => {
    const [card] = await glance(lead);
    expect(card.groupId).toBe(world.groupId);
    expect(card.benefitIndex).toBeCloseTo(6, 10);
    expect(card.benefitIndexChange).toBeCloseTo(-1, 10);
    // Both members rated in the last 28 days: 2 members, fewer than 5, so the card marks it.
    expect({ members: card.members, lowN: card.lowN }).toEqual({ members: 2, lowN: true });
    // Last 28 days: present, absent, present, late → 3 of 4.
    expect(card.attendanceRate).toBe(0.75);
    const weekOf = (days: number) => startOfIsoWeek(daysBefore(today, days));
    const expectedWeeks = new Map<string, { values: number[]; members: Set<string> }>();
    for (const [days, rated] of [
      [35, { a: 6, b: 8 }],
      [10, { a: 9 }],
      [3, { a: 3, b: 6 }],
    ] as const) {
      const week = expectedWeeks.get(weekOf(days)) ?? { values: [], members: new Set<string>() };
      for (const [member, value] of Object.entries(rated)) {
        week.values.push(value);
        week.members.add(member);
      }
      expectedWeeks.set(weekOf(days), week);
    }
    expect(card.recentWeeks).toEqual(
      [...expectedWeeks].map(([week, { values, members }]) => ({
        week,
        benefitIndex: expect.closeTo(values.reduce((x, y) => x + y) / values.length, 10),
        members: members.size,
        lowN: true,
      })),
    );
  });

  it('counts the check-ins nobody has acknowledged, as the check-ins list does', async () => {
    const open = await openAlertsOfGroup();
    expect(open.total).toBeGreaterThan(0);
    expect((await glance(lead))[0].openAlerts).toBe(open.total);
    const acknowledged = await lead.post(`/api/analytics/alerts/${open.items[0].id}/acknowledge`, { action: 'Checked in after the session' });
    expect(acknowledged.status).toBe(200);
    expect((await glance(lead))[0].openAlerts).toBe(open.total - 1);
  });

  it('shows a facilitator only their own groups, and a director every group, with empty figures where nothing was recorded', async () => {
    const other = await glance(await context.signedIn(world.otherFacilitator));
    expect(other).toEqual([
      {
        groupId: expect.not.stringMatching(world.groupId),
        benefitIndex: null,
        members: 0,
        lowN: true,
        benefitIndexChange: null,
        attendanceRate: null,
        openAlerts: 0,
        recentWeeks: [],
      },
    ]);
    expect((await glance(await context.signedIn(world.director))).map((g) => g.groupId).sort()).toEqual([world.groupId, other[0].groupId].sort());
  });
});
