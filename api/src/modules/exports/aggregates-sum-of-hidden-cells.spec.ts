import { parse } from 'csv-parse/sync';
import { AGGREGATES_CSV_COLUMNS } from '@cohesion/contracts';
import { MEASURES } from '@cohesion/domain';
import { aSignedSession, type Scores } from '../../../test/analytics-fixtures';
import { anEnrolledMember, aClinicWorld, type ClinicWorld } from '../../../test/clinical-fixtures';
import { useTestApp } from '../../../test/test-context';

type Aggregate = Record<(typeof AGGREGATES_CSV_COLUMNS)[number], string>;

/**
 * Issue 15, defect 2. One group of a program, k = 11 (the default), members rated twice a month, nobody in two months:
 *   January 3 members (scores 2), February 4 (scores 3), March 11 (scores 8); the quarter: 18 members, n = 36.
 * January and February are small. Hiding just them (and their column totals) left March and the row total shown, so
 * 18 − 11 = 7 members, 36 − 22 = 14 ratings and (212 − 176) / 14 = 2.57 could be read off by subtraction. Totals over
 * months are no longer published (two ranges' totals would differ by the months between them): March, 11 members,
 * stays shown, and nothing is left to subtract it from.
 */
describe('aggregate export: a sum of hidden cells under k', () => {
  const context = useTestApp();
  let world: ClinicWorld;

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 0);
    const lead = await context.signedIn(world.lead);
    const month = async (sessions: string[], members: number, score: number) => {
      const ids: string[] = [];
      for (let i = 0; i < members; i++) ids.push(await anEnrolledMember(context.db, world.organizationId, world.groupId, '2026-01-01'));
      const present = Object.fromEntries(ids.map((id) => [id, 'present' as const]));
      const scores: Scores = [score, score, score];
      for (const heldOn of sessions) await aSignedSession(lead, world.groupId, heldOn, present, Object.fromEntries(ids.map((id) => [id, scores])));
    };
    await month(['2026-01-06', '2026-01-13'], 3, 2);
    await month(['2026-02-03', '2026-02-10'], 4, 3);
    await month(['2026-03-03', '2026-03-10'], 11, 8);
  });

  it('publishes no total over the quarter, so that nothing minus what is shown gives the small months away', async () => {
    const response = await (
      await context.as(world.director)
    ).get(`/api/exports/aggregates.csv?scope=program&id=${world.programId}&from=2026-01-01&to=2026-03-31`);
    expect(response.status).toBe(200);
    const rows = parse(response.body, { columns: true }) as Aggregate[];
    for (const measure of MEASURES) {
      const cell = (unit: string, period: string) => rows.find((r) => r.unit === unit && r.period === period && r.measure === measure) as Aggregate;
      for (const period of ['2026-01-01', '2026-02-01']) {
        expect(cell('Tuesday circle', period)).toMatchObject({ members: 'suppressed', n: 'suppressed', mean: 'suppressed', suppression: 'suppressed' });
        expect(cell('all groups', period).suppression).toBe('suppressed');
      }
      expect(cell('Tuesday circle', '2026-03-01')).toMatchObject({ members: '11', n: '22', mean: '8', suppression: 'shown' });
      expect(rows.map((r) => r.period).filter((period) => !/^2026-0[123]-01$/.test(period))).toEqual([]);
      // Nothing shown is 1 to 10 members, and the one label hides every value.
      for (const row of rows) {
        if (row.suppression === 'shown') expect(Number(row.members) === 0 || Number(row.members) >= 11).toBe(true);
        else expect(row).toMatchObject({ members: 'suppressed', n: 'suppressed', mean: 'suppressed', suppression: 'suppressed' });
      }
    }
  });
});
