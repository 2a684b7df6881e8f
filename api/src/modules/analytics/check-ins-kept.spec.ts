import type { CheckIn, GroupGlance, Page } from '@cohesion/contracts';
import { aRatedSession } from '../../../test/analytics-fixtures';
import { aClinicWorld, type ClinicWorld } from '../../../test/clinical-fixtures';
import type { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';

/**
 * An outside review saw check-ins vanish: a member rated 1, 1, 1 on 10 November raised one (low on every measure);
 * after a 9, 9, 9 on 17 November, `low` no longer held, and the check-in left every list, the glance and the pack,
 * acknowledged or not. A check-in, once shown, stays: open until someone acts on it, then with the action.
 */
describe('check-ins are kept once shown', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let lead: TestClient;

  const listed = async (status: 'open' | 'all') =>
    (await lead.get(`/api/analytics/alerts?groupId=${world.groupId}&status=${status}`))
      .json<Page<CheckIn>>()
      .items.map((c) => `${c.heldOn} ${c.acknowledgement ? 'acted on' : 'open'}`);
  const openOnGlance = async () =>
    ((await lead.get('/api/analytics/groups/glance')).json<GroupGlance[]>().find((g) => g.groupId === world.groupId) as GroupGlance).openAlerts;

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 1);
    lead = await context.signedIn(world.lead);
  });

  it('keeps a check-in open after the member’s next session went well, and then with the action taken', async () => {
    const [member] = world.memberIds;
    await aRatedSession(lead, world.groupId, '2026-11-10', { [member]: 'present' }, { [member]: [1, 1, 1] });
    expect(await listed('open')).toEqual(['2026-11-10 open']);

    await aRatedSession(lead, world.groupId, '2026-11-17', { [member]: 'present' }, { [member]: [9, 9, 9] });
    expect(await listed('open')).toEqual(['2026-11-10 open']);
    expect(await openOnGlance()).toBe(1);

    const [checkIn] = (await lead.get(`/api/analytics/alerts?groupId=${world.groupId}`)).json<Page<CheckIn>>().items;
    expect((await lead.post(`/api/analytics/alerts/${checkIn.id}/acknowledge`, { action: 'Phoned the member' })).status).toBe(200);
    expect(await listed('open')).toEqual([]);
    expect(await listed('all')).toEqual(['2026-11-10 acted on']);
    expect(await openOnGlance()).toBe(0);
  });
});
