import { aRatedSession, aSignedSession } from '../../../test/analytics-fixtures';
import { aClinicWorld, anEnrolledMember, type ClinicWorld } from '../../../test/clinical-fixtures';
import type { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';

/**
 * An outside review downloaded the organization's aggregates, had one member rated in an unsigned draft of the current
 * month, and downloaded them again: 39 × 6.44 − 38 × 6.61 ≈ 0 and 34 × 6.91 − 33 × 7.06 ≈ 2 were that member's scores.
 * Aggregates now cover months that are over, and signed sessions only. The specs' today is 1 December 2026.
 */
describe('aggregate exports downloaded twice', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let director: TestClient;
  let lead: TestClient;
  let members: string[];
  const download = (query = '') => director.get(`/api/exports/aggregates.csv?scope=organization${query}`);

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 0);
    director = await context.signedIn(world.director);
    lead = await context.signedIn(world.lead);
    members = [];
    for (let i = 0; i < 12; i++) members.push(await anEnrolledMember(context.db, world.organizationId, world.groupId, '2026-10-01'));
    const everyone = Object.fromEntries(members.map((id) => [id, 'present' as const]));
    await aSignedSession(lead, world.groupId, '2026-11-10', everyone, Object.fromEntries(members.map((id, i) => [id, [5 + (i % 4), 6, 7] as const])));
  });

  it('gives nothing away when a draft or a session of the open month is recorded between two downloads', async () => {
    const before = await download();
    expect(before.status).toBe(200);
    expect(before.body).toContain('organization,all programs,2026-11-01,belonging,12,12,');

    const [one] = members;
    await aRatedSession(lead, world.groupId, '2026-11-24', { [one]: 'present' }, { [one]: [0, 2, 4] });
    await aSignedSession(lead, world.groupId, '2026-12-01', { [one]: 'present' }, { [one]: [0, 2, 4] });
    const after = await download();
    expect(after.body).toBe(before.body);
  });

  it('ends the period with the last month that is over, says so in the file name, and refuses a period inside the open month', async () => {
    const clamped = await download('&from=2026-11-01&to=2026-12-08');
    expect(clamped.status).toBe(200);
    expect(clamped.headers['content-disposition']).toContain('2026-11-01-to-2026-11-30');
    const [audited] = await context.db.query(
      `SELECT detail->>'to' AS "to" FROM audit_event WHERE actor_id = $1 AND action = 'export.aggregates' ORDER BY seq DESC LIMIT 1`,
      [world.director.id],
    );
    expect(audited.to).toBe('2026-11-30');

    const open = await download('&from=2026-12-01&to=2026-12-01');
    expect(open.status).toBe(422);
    expect(open.json()).toMatchObject({ code: 'month_not_over', title: 'Aggregates cover complete months only' });
  });
});
