import { withMigratedDatabase } from '../../start-up/migrated-database';
import { seedDemoIfEmpty } from '../../data-tools/demo/demo-seed';
import { OrganizationSettingsReader } from '../organizations/organization-settings-reader';
import { OrganizationSettingsRepository } from '../organizations/organization-settings.repository';
import { CheckInDetection } from './check-in-detection';
import { MemberOutcomesRepository } from './member-outcomes.repository';
import { useScratchDatabase } from '../../../test/scratch-database';

/** The demo story implies its check-ins: the two members whose ratings fall are flagged, with the right reasons. */
describe('check-ins of the demo organization', () => {
  const config = useScratchDatabase('demo_alerts');

  it('flags the falling member of each story group, and the one who stopped coming as disengaging', async () => {
    // As the server's superuser: the detection reads the demo organization without setting it.
    await withMigratedDatabase({ ...config, databaseOwnerUrl: config.superuserUrl }, async (db) => {
      await seedDemoIfEmpty(db, 'cohesion-demo', new Date('2026-11-26T12:00:00Z'));
      const [organization] = await db.query(`SELECT id FROM organization`);
      const groups: { id: string; name: string }[] = await db.query(`SELECT id, name FROM therapy_group ORDER BY name`);
      const detection = new CheckInDetection(new MemberOutcomesRepository(), new OrganizationSettingsReader(new OrganizationSettingsRepository()));
      const checkIns = await detection.detect(
        db.manager,
        organization.id,
        groups.map((g) => g.id),
      );
      // One check-in per member and session at most.
      expect(new Set(checkIns.map((c) => `${c.memberId}/${c.sessionId}`)).size).toBe(checkIns.length);
      const alerts = checkIns.flatMap((c) => c.reasons.map((reason) => ({ ...reason, memberId: c.memberId })));
      // The story marks its falling members with observations ("quieter than usual").
      const falling: { groupName: string; memberId: string }[] = await db.query(
        `SELECT DISTINCT g.name AS "groupName", o.member_id AS "memberId"
           FROM member_observation o JOIN group_session s ON s.id = o.session_id JOIN therapy_group g ON g.id = s.group_id`,
      );
      const byGroup = Object.fromEntries(falling.map((f) => [f.groupName, f.memberId]));
      const kindsOf = (memberId: string) => [...new Set(alerts.filter((a) => a.memberId === memberId).map((a) => a.kind))].sort();

      expect(Object.keys(byGroup).sort()).toEqual(['Monday Relapse Prevention', 'Tuesday Recovery Circle']);
      expect(kindsOf(byGroup['Tuesday Recovery Circle'])).toEqual(expect.arrayContaining(['declining', 'low']));
      expect(kindsOf(byGroup['Monday Relapse Prevention'])).toEqual(expect.arrayContaining(['declining', 'disengaging']));
      // Noise alone moves a few other members past the reliable-change threshold, never as far as the story's falls.
      const declining = alerts.filter((a) => a.kind === 'declining');
      const changeIndex = (detail: string) => Number(/reliable change index −([\d.]+)/.exec(detail)?.[1]);
      const fallers = new Set(Object.values(byGroup));
      const mildestFall = Math.min(...declining.filter((a) => fallers.has(a.memberId as string)).map((a) => changeIndex(a.detail)));
      const steepestOther = Math.max(0, ...declining.filter((a) => !fallers.has(a.memberId as string)).map((a) => changeIndex(a.detail)));
      expect(mildestFall).toBeGreaterThan(steepestOther);
      expect(alerts.filter((a) => a.kind === 'climate_drop')).toEqual([]);
      expect(alerts.filter((a) => a.kind === 'disengaging').map((a) => a.memberId)).toEqual([byGroup['Monday Relapse Prevention']]);
      for (const alert of declining) expect(alert.detail).toMatch(/fell from a baseline of [\d.]+ to \d+ \(reliable change index −\d/);
    });
  });
});
