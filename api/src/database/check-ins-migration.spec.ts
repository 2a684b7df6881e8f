import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CheckIn, Page } from '@cohesion/contracts';
import { aRatedSession, type Scores } from '../../test/analytics-fixtures';
import { aClinicWorld } from '../../test/clinical-fixtures';
import { testConfig } from '../../test/test-app';
import { useTestApp } from '../../test/test-context';
import { dataSourceOptions } from './data-source-options';
import { moveAlertsToCheckIns } from './migrations/1765310000000-check-ins';

/**
 * Alerts recorded before check-ins move to them: one check-in per member and session, its reasons the alerts' kinds,
 * measures and sentences, acknowledged when every alert was. Run as the owner, whom row-level security binds (FORCE):
 * without the organization set per organization it would move nothing.
 */
describe('moving alerts to check-ins (migration 1765310000000)', () => {
  const context = useTestApp();

  it('gathers a member’s alerts of a session into one check-in with the same id the API derives, acknowledged only when all were', async () => {
    const world = await aClinicWorld(context.db, 5);
    const lead = await context.signedIn(world.lead);
    const [m1, m2, ...others] = world.memberIds;
    const present = Object.fromEntries(world.memberIds.map((id) => [id, 'present' as const]));
    const steady: Record<string, Scores> = Object.fromEntries(others.map((id, i) => [id, [6 + i, 7, 7] as Scores]));
    await aRatedSession(lead, world.groupId, '2026-09-01', present, { [m1]: [9, 9, 9], [m2]: [7, 7, 7], ...steady });
    await aRatedSession(lead, world.groupId, '2026-09-08', present, { [m1]: [9, 9, 9], [m2]: [7, 7, 7], ...steady });
    const latest = await aRatedSession(lead, world.groupId, '2026-09-15', present, { [m1]: [2, 2, 2], [m2]: [7, 7, 7], ...steady });

    // Three alerts of m1 in the latest session, all acknowledged (by two people); two of m2, one acknowledged.
    const legacy = async (memberId: string, kind: string, measure: string, detail: string, acknowledgedBy?: string, action?: string, minutesAgo = 0) => {
      const id = randomUUID();
      await context.db.query(
        `INSERT INTO alert (id, organization_id, group_id, member_id, kind, measure, session_id, detail, first_seen_by, first_seen_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now() - interval '1 day')`,
        [id, world.organizationId, world.groupId, memberId, kind, measure, latest.id, detail, world.lead.id],
      );
      if (acknowledgedBy) {
        await context.db.query(
          `INSERT INTO alert_acknowledgement (alert_id, organization_id, action, acknowledged_by, acknowledged_at) VALUES ($1, $2, $3, $4, now() - make_interval(mins => $5))`,
          [id, world.organizationId, action, acknowledgedBy, minutesAgo],
        );
      }
    };
    await legacy(m1, 'low', 'belonging', 'Belonging 2 in the latest rated session (threshold 4)', world.lead.id, 'Called them', 30);
    await legacy(m1, 'low', 'learning', 'Learning 2 in the latest rated session (threshold 4)', world.supervisor.id, 'Met after group', 10);
    await legacy(m1, 'declining', 'belonging', 'Belonging fell from a baseline of 9 to 2', world.lead.id, 'Called them', 20);
    await legacy(m2, 'low', 'accountability', 'Accountability 3 in the latest rated session (threshold 4)', world.lead.id, 'Spoke briefly', 5);
    await legacy(m2, 'declining', 'learning', 'Learning fell from a baseline of 8 to 3');

    const owner = await new DataSource(dataSourceOptions(testConfig())).initialize();
    try {
      await owner.transaction((tx) => moveAlertsToCheckIns(tx));
    } finally {
      await owner.destroy();
    }

    const moved: { member: string; reasons: number; action: string | null; by: string | null }[] = await context.db.query(
      `SELECT c.member_id AS member, (SELECT count(*)::int FROM check_in_reason r WHERE r.check_in_id = c.id) AS reasons,
              k.action, k.acknowledged_by::text AS by
         FROM check_in c LEFT JOIN check_in_acknowledgement k ON k.check_in_id = c.id
        WHERE c.group_id = $1 ORDER BY reasons DESC`,
      [world.groupId],
    );
    expect(moved).toEqual([
      { member: m1, reasons: 3, action: 'Called them / Met after group', by: world.supervisor.id },
      { member: m2, reasons: 2, action: null, by: null },
    ]);

    // The API finds the moved check-in of m1 under the id it derives, acknowledged, with today's reasons.
    const listed = (await lead.get(`/api/analytics/alerts?groupId=${world.groupId}`)).json<Page<CheckIn>>().items.find((c) => c.memberId === m1);
    expect(listed?.acknowledgement).toMatchObject({ by: { id: world.supervisor.id }, action: 'Called them / Met after group' });
    expect(listed?.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['declining', 'low']));
  });
});
