import type { CheckIn, Page } from '@cohesion/contracts';
import { aRatedSession, type Scores } from '../../../test/analytics-fixtures';
import { aClinicWorld, type ClinicWorld } from '../../../test/clinical-fixtures';
import type { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';

/**
 * Six members over six weekly sessions. Member a starts at 9 and ends at 2 (low, reliably declining and behind the
 * group); member b misses the last two sessions without excuse (disengaging); the others stay steady. Before
 * check-ins, a alone raised 7 rows (3 declines, 3 lows, behind the group): now one check-in with 7 reasons.
 */
describe('check-ins that close the loop', () => {
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
    const aScores: Scores[] = [
      [9, 9, 9],
      [9, 9, 9],
      [8, 8, 8],
      [6, 6, 6],
      [4, 4, 4],
      [2, 2, 2],
    ];
    const steady: Record<string, Scores> = { [c]: [6, 7, 6], [d]: [8, 7, 8], [e]: [5, 6, 7], [f]: [7, 7, 7] };
    for (const [i, heldOn] of dates.entries()) {
      const bAbsent = i >= 4;
      await aRatedSession(
        lead,
        world.groupId,
        heldOn,
        { [a]: 'present', [b]: bAbsent ? 'absent' : 'present', [c]: 'present', [d]: 'present', [e]: 'present', [f]: 'present' },
        { [a]: aScores[i], ...(bAbsent ? {} : { [b]: [7, 8, 7] as Scores }), ...steady },
      );
    }
  });

  const checkInsOf = async (client: TestClient, query: string) => {
    const response = await client.get(`/api/analytics/alerts?${query}`);
    expect(response.status).toBe(200);
    return response.json<Page<CheckIn>>();
  };
  const summary = (checkIn: CheckIn) => checkIn.reasons.map((reason) => `${reason.kind}:${reason.measure}`);

  it('gives a member in trouble today one check-in listing its 7 reasons, not 7 rows', async () => {
    const [a, b] = world.memberIds;
    const { items, total } = await checkInsOf(lead, `groupId=${world.groupId}`);
    expect(total).toBe(2);
    const ofA = items.find((checkIn) => checkIn.memberId === a) as CheckIn;
    // a's benefit index (4, then 2) is more than 1 SD under the mean of the 4 others who rated (b was absent): 6.75 ± 0.74 both times.
    expect(summary(ofA)).toEqual([
      'declining:belonging',
      'declining:learning',
      'declining:accountability',
      'low:belonging',
      'low:learning',
      'low:accountability',
      'behind_group:null',
    ]);
    expect(ofA).toMatchObject({ groupId: world.groupId, groupName: 'Tuesday circle', heldOn: '2026-11-17', acknowledgedAt: null, acknowledgement: null });
    expect(ofA.memberCode).toMatch(/^M-[0-9A-Z]{6}$/);
    expect(ofA.reasons.find((reason) => reason.kind === 'low')?.detail).toBe('Belonging 2 in the latest session attended (threshold 4)');
    expect(ofA.reasons[0].detail).toMatch(/baseline of 9/);
    expect(summary(items.find((checkIn) => checkIn.memberId === b) as CheckIn)).toEqual(['disengaging:null']);
  });

  it('answers the check-ins with a reason of one kind when asked, and refuses an unknown kind', async () => {
    const low = await checkInsOf(lead, `groupId=${world.groupId}&kind=low`);
    expect(low.items.map((checkIn) => checkIn.memberId)).toEqual([world.memberIds[0]]);
    expect((await checkInsOf(lead, `groupId=${world.groupId}&kind=climate_drop`)).items).toEqual([]);
    expect((await lead.get(`/api/analytics/alerts?kind=sad`)).json()).toMatchObject({ status: 400, errors: [{ field: 'kind' }] });
  });

  it('keeps the same ids when the check-ins are read again, by anyone who may see them, and keeps each reason as first shown', async () => {
    const first = await checkInsOf(lead, `groupId=${world.groupId}`);
    const bySupervisor = await checkInsOf(supervisor, `facilitatorId=${world.lead.id}`);
    expect(bySupervisor.items.map((c) => c.id).sort()).toEqual(first.items.map((c) => c.id).sort());
    const [seen] = await context.db.query(
      `SELECT count(*)::int AS n, min(first_seen_by::text) AS by, (SELECT count(*)::int FROM check_in_reason r JOIN check_in c ON c.id = r.check_in_id WHERE c.group_id = $1) AS reasons
         FROM check_in WHERE group_id = $1`,
      [world.groupId],
    );
    expect(seen).toEqual({ n: 2, by: world.lead.id, reasons: 8 });
  });

  it('records who acted on a check-in, when and how, once: that closes all its reasons', async () => {
    const { items } = await checkInsOf(lead, `groupId=${world.groupId}&status=open`);
    const target = items.find((checkIn) => checkIn.memberId === world.memberIds[0]) as CheckIn;

    const withIdentifier = await lead.post(`/api/analytics/alerts/${target.id}/acknowledge`, { action: 'Called them on 555-123-4567.' });
    expect(withIdentifier.status).toBe(422);
    expect(withIdentifier.json()).toMatchObject({ code: 'identifiers_found' });

    const acknowledged = await lead.post(`/api/analytics/alerts/${target.id}/acknowledge`, { action: '  Talked after group; safety plan reviewed.  ' });
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.json<CheckIn>()).toMatchObject({
      id: target.id,
      memberId: world.memberIds[0],
      acknowledgement: { by: { id: world.lead.id, displayName: 'Lena Lead' }, action: 'Talked after group; safety plan reviewed.' },
    });
    expect(acknowledged.json<CheckIn>().reasons).toHaveLength(7);
    const [{ now }] = await context.db.query(`SELECT now()`);
    expect(Date.parse(acknowledged.json<CheckIn>().acknowledgedAt as string)).toBeGreaterThan(now.getTime() - 60_000);

    const again = await supervisor.post(`/api/analytics/alerts/${target.id}/acknowledge`, { action: 'Discussed in supervision.' });
    expect(again.status).toBe(409);

    const seenBySupervisor = await checkInsOf(supervisor, `groupId=${world.groupId}&status=acknowledged`);
    expect(seenBySupervisor.items.map((c) => [c.id, c.reasons.length, c.acknowledgement?.action])).toEqual([
      [target.id, 7, 'Talked after group; safety plan reviewed.'],
    ]);
    const open = await checkInsOf(lead, `groupId=${world.groupId}&status=open`);
    expect(open.items.map((c) => summary(c))).toEqual([['disengaging:null']]);
    const [audited] = await context.db.query(`SELECT entity_type, detail FROM audit_event WHERE action = 'check_in.acknowledge' AND entity_id = $1`, [
      target.id,
    ]);
    expect(audited.entity_type).toBe('check_in');
    expect(audited.detail.reasons).toHaveLength(7);
  });

  it('pages the list, newest first', async () => {
    const all = await checkInsOf(lead, `groupId=${world.groupId}`);
    const page = await checkInsOf(lead, `groupId=${world.groupId}&limit=1&offset=1`);
    expect(page.total).toBe(all.total);
    expect(page.items).toEqual(all.items.slice(1, 2));
    expect(all.items.map((c) => c.heldOn)).toEqual([...all.items.map((c) => c.heldOn)].sort().reverse());
  });

  it('lists a facilitator’s own groups when no group is named, and nothing for a facilitator without groups', async () => {
    expect((await checkInsOf(lead, '')).total).toBe((await checkInsOf(lead, `groupId=${world.groupId}`)).total);
    expect(await checkInsOf(await context.as(world.otherFacilitator), '')).toEqual({ items: [], total: 0 });
  });
});
