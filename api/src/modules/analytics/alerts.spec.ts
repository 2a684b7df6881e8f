import type { Alert, Page } from '@cohesion/contracts';
import { aRatedSession, type Scores } from '../../../test/analytics-fixtures';
import { aClinicWorld, type ClinicWorld } from '../../../test/clinical-fixtures';
import type { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';

/**
 * Six members over six weekly sessions. Member a starts at 9 and ends at 2 (low, reliably declining and behind the
 * group); member b
 * misses the last two sessions without excuse (disengaging); the others stay steady.
 */
describe('alerts that close the loop', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let lead: TestClient;
  let supervisor: TestClient;

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 6);
    lead = await context.signedIn(world.lead);
    supervisor = await context.signedIn(world.supervisor);
    const [a, b, c, d, e, f] = world.memberIds;
    const dates = ['2026-10-13', '2026-10-20', '2026-10-27', '2026-11-03', '2026-11-10', '2026-11-17'];
    const aScores: Scores[] = [[9, 9, 9], [9, 9, 9], [8, 8, 8], [6, 6, 6], [4, 4, 4], [2, 2, 2]];
    const steady: Record<string, Scores> = { [c]: [6, 7, 6], [d]: [8, 7, 8], [e]: [5, 6, 7], [f]: [7, 7, 7] };
    for (const [i, heldOn] of dates.entries()) {
      const bAbsent = i >= 4;
      await aRatedSession(lead, world.groupId, heldOn,
        { [a]: 'present', [b]: bAbsent ? 'absent' : 'present', [c]: 'present', [d]: 'present', [e]: 'present', [f]: 'present' },
        { [a]: aScores[i], ...(bAbsent ? {} : { [b]: [7, 8, 7] as Scores }), ...steady });
    }
  });

  const alertsOf = async (client: TestClient, query: string) => {
    const response = await client.get(`/api/analytics/alerts?${query}`);
    expect(response.status).toBe(200);
    return response.json<Page<Alert>>();
  };

  it('flags the members who need a check-in, each with its reason', async () => {
    const [a, b] = world.memberIds;
    const { items, total } = await alertsOf(lead, `groupId=${world.groupId}`);
    expect(total).toBe(items.length);
    const summary = items.map((alert) => `${alert.memberId === a ? 'a' : alert.memberId === b ? 'b' : alert.memberId}:${alert.kind}:${alert.measure}`).sort();
    // a's benefit index (4, then 2) is more than 1 SD under the group mean (6.2, then 5.8) in the last two sessions.
    expect(summary).toEqual([
      'a:behind_group:null',
      'a:declining:accountability', 'a:declining:belonging', 'a:declining:learning',
      'a:low:accountability', 'a:low:belonging', 'a:low:learning',
      'b:disengaging:null',
    ]);
    const low = items.find((alert) => alert.memberId === a && alert.kind === 'low' && alert.measure === 'belonging');
    expect(low).toMatchObject({ groupId: world.groupId, groupName: 'Tuesday circle', heldOn: '2026-11-17', acknowledgedAt: null, acknowledgement: null });
    expect(low?.memberCode).toMatch(/^M-[0-9A-Z]{6}$/);
    expect(low?.detail).toMatch(/\b2\b/);
    expect(items.find((alert) => alert.kind === 'declining')?.detail).toMatch(/baseline of 9/);
  });

  it('answers one kind of alert when asked, and refuses an unknown kind', async () => {
    const low = await alertsOf(lead, `groupId=${world.groupId}&kind=low`);
    expect(low.items.map((alert) => alert.kind)).toEqual(['low', 'low', 'low']);
    expect((await alertsOf(lead, `groupId=${world.groupId}&kind=climate_drop`)).items).toEqual([]);
    expect((await lead.get(`/api/analytics/alerts?kind=sad`)).json()).toMatchObject({ status: 400, errors: [{ field: 'kind' }] });
  });

  it('keeps the same ids when the alerts are read again, by anyone who may see them', async () => {
    const first = await alertsOf(lead, `groupId=${world.groupId}`);
    const bySupervisor = await alertsOf(supervisor, `facilitatorId=${world.lead.id}`);
    expect(bySupervisor.items.map((a) => a.id).sort()).toEqual(first.items.map((a) => a.id).sort());
    const [seen] = await context.db.query(`SELECT count(*)::int AS n, min(first_seen_by::text) AS by FROM alert WHERE group_id = $1`, [world.groupId]);
    expect(seen).toEqual({ n: first.total, by: world.lead.id });
  });

  it('records who acted on an alert, when and how, once', async () => {
    const { items } = await alertsOf(lead, `groupId=${world.groupId}&status=open`);
    const target = items.find((alert) => alert.kind === 'disengaging') as Alert;

    const withIdentifier = await lead.post(`/api/analytics/alerts/${target.id}/acknowledge`, { action: 'Called them on 555-123-4567.' });
    expect(withIdentifier.status).toBe(422);
    expect(withIdentifier.json()).toMatchObject({ code: 'identifiers_found' });

    const acknowledged = await lead.post(`/api/analytics/alerts/${target.id}/acknowledge`, { action: '  Called after group; they will be back next week.  ' });
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.json<Alert>()).toMatchObject({
      id: target.id, kind: 'disengaging',
      acknowledgement: { by: { id: world.lead.id, displayName: 'Lena Lead' }, action: 'Called after group; they will be back next week.' },
    });
    expect(Date.parse(acknowledged.json<Alert>().acknowledgedAt as string)).toBeGreaterThan(Date.now() - 60_000);

    const again = await supervisor.post(`/api/analytics/alerts/${target.id}/acknowledge`, { action: 'Discussed in supervision.' });
    expect(again.status).toBe(409);

    const seenBySupervisor = await alertsOf(supervisor, `groupId=${world.groupId}&status=acknowledged`);
    expect(seenBySupervisor.items).toHaveLength(1);
    expect(seenBySupervisor.items[0].acknowledgement?.action).toBe('Called after group; they will be back next week.');
    expect((await alertsOf(lead, `groupId=${world.groupId}&status=open`)).items.map((a) => a.id)).not.toContain(target.id);
  });

  it('pages the list, newest first', async () => {
    const all = await alertsOf(lead, `groupId=${world.groupId}`);
    const page = await alertsOf(lead, `groupId=${world.groupId}&limit=2&offset=1`);
    expect(page.total).toBe(all.total);
    expect(page.items).toEqual(all.items.slice(1, 3));
    expect(all.items.map((a) => a.heldOn)).toEqual([...all.items.map((a) => a.heldOn)].sort().reverse());
  });

  it('lists a facilitator’s own groups when no group is named, and nothing for a facilitator without groups', async () => {
    expect((await alertsOf(lead, '')).total).toBe((await alertsOf(lead, `groupId=${world.groupId}`)).total);
    expect(await alertsOf(await context.as(world.otherFacilitator), '')).toEqual({ items: [], total: 0 });
  });
});
