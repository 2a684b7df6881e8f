import { parse } from 'csv-parse/sync';
import { AGGREGATES_CSV_COLUMNS } from '@cohesion/contracts';
import { aSignedSession } from '../../../test/analytics-fixtures';
import { aClinicWorld, type ClinicWorld } from '../../../test/clinical-fixtures';
import { pdfText } from '../../../test/pdf-text';
import { useTestApp } from '../../../test/test-context';

type Aggregate = Record<(typeof AGGREGATES_CSV_COLUMNS)[number], string>;

/**
 * Issue 15, defect 1. The Tuesday circle's 5 members rated only belonging, twice in October 2026:
 *   2026-10-06: 7, 7, 7, 6, 6    2026-10-13: 7, 7, 7, 7, 7    → belonging: 5 members, n = 10, mean 6.8
 * Learning and accountability were rated by nobody. At the default k (11) every belonging value is built from 5
 * members and must be hidden; the unrated measures are "no data", and never the reason a cell of 5 is shown.
 */
describe('aggregate export: a cell small on the one measure rated', () => {
  const context = useTestApp();
  let world: ClinicWorld;

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 5);
    const lead = await context.signedIn(world.lead);
    const present = Object.fromEntries(world.memberIds.map((id) => [id, 'present' as const]));
    const first = [7, 7, 7, 6, 6];
    await aSignedSession(lead, world.groupId, '2026-10-06', present, Object.fromEntries(world.memberIds.map((id, i) => [id, [first[i], null, null] as const])));
    await aSignedSession(lead, world.groupId, '2026-10-13', present, Object.fromEntries(world.memberIds.map((id) => [id, [7, null, null] as const])));
  });

  it('hides belonging in its cell and month total, and shows the unrated measures as no data', async () => {
    const response = await (await context.as(world.director)).get(`/api/exports/aggregates.csv?scope=organization&from=2026-10-01&to=2026-10-31`);
    expect(response.status).toBe(200);
    const rows = parse(response.body, { columns: true }) as Aggregate[];
    const belonging = rows.filter((r) => r.measure === 'belonging');
    expect(belonging.map((r) => r.unit)).toEqual(['Grief support', 'all programs']);
    for (const row of belonging) expect(row).toMatchObject({ members: 'suppressed', n: 'suppressed', mean: 'suppressed', suppression: 'suppressed' });
    for (const row of rows.filter((r) => r.measure !== 'belonging')) expect(row).toMatchObject({ members: '0', n: '0', mean: '', suppression: 'no_data' });
    expect(rows.some((r) => r.members === '5' || r.n === '10' || r.mean === '6.8')).toBe(false);
  });

  it('writes the same in the PDF', async () => {
    const response = await (await context.as(world.director)).get(`/api/exports/aggregates.pdf?scope=organization&from=2026-10-01&to=2026-10-31`);
    const { text } = await pdfText(response.rawPayload);
    expect(text).toContain('Grief support 2026-10 belonging suppressed suppressed suppressed');
    expect(text).toContain('Grief support 2026-10 learning 0 0 no data');
    expect(text).not.toContain('6.8');
  });
});
