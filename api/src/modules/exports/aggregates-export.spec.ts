import { parse } from 'csv-parse/sync';
import { suppressionRule } from '@cohesion/analytics';
import { AGGREGATES_CSV_COLUMNS } from '@cohesion/contracts';
import { aSignedSession, type Scores } from '../../../test/analytics-fixtures';
import { aClinicWorld, anEnrolledMember, type ClinicWorld } from '../../../test/clinical-fixtures';
import { pdfText } from '../../../test/pdf-text';
import { useTestApp } from '../../../test/test-context';

type Aggregate = Record<(typeof AGGREGATES_CSV_COLUMNS)[number], string>;

/**
 * Grief support, k = 5: Tuesday circle rates 6 members in October and 2 in September (a small cell); Thursday circle
 * rates 6 members in both months.
 */
describe('GET /api/exports/aggregates.csv and .pdf', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  const range = 'from=2026-09-01&to=2026-10-31';

  const rated = (ids: string[], scores: Scores) => Object.fromEntries(ids.map((id) => [id, scores]));
  const present = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'present' as const]));

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 6);
    // This clinic set its small-cell k to 5 (Settings); requests below it are refused.
    expect((await (await context.signedIn(world.director)).request('PUT', '/api/organization/settings', { smallCellK: 5 })).status).toBe(200);
    const lead = await context.signedIn(world.lead);
    await aSignedSession(lead, world.groupId, '2026-09-08', present(world.memberIds.slice(0, 2)), rated(world.memberIds.slice(0, 2), [3, 4, 5]));
    await aSignedSession(lead, world.groupId, '2026-10-06', present(world.memberIds), rated(world.memberIds, [6, 7, 8]));
    const [{ id: thursdayId }] = await context.db.query(`SELECT id FROM therapy_group WHERE organization_id = $1 AND name = 'Thursday circle'`, [
      world.organizationId,
    ]);
    const thursday: string[] = [];
    for (let i = 0; i < 6; i++) thursday.push(await anEnrolledMember(context.db, world.organizationId, thursdayId, '2026-01-05'));
    const other = await context.signedIn(world.otherFacilitator);
    await aSignedSession(other, thursdayId, '2026-09-10', present(thursday), rated(thursday, [5, 5, 5]));
    await aSignedSession(other, thursdayId, '2026-10-08', present(thursday), rated(thursday, [9, 9, 9]));
  });

  const aggregatesOf = async (query: string) => {
    const response = await (await context.as(world.director)).get(`/api/exports/aggregates.csv?${query}`);
    expect(response.status).toBe(200);
    return { response, rows: parse(response.body, { columns: true }) as Aggregate[] };
  };

  it('hides every cell of 1 to k − 1 members and every cell that would give one away by subtraction', async () => {
    const { response, rows } = await aggregatesOf(`scope=program&id=${world.programId}&${range}&k=5`);
    expect(response.headers['content-disposition']).toBe('attachment; filename="aggregates-program-2026-09-01-to-2026-10-31.csv"');
    expect(response.headers['cache-control']).toBe('no-store');
    for (const row of rows) {
      if (/^\d+$/.test(row.members)) expect(Number(row.members) === 0 || Number(row.members) >= 5).toBe(true);
      else expect(row).toMatchObject({ members: 'suppressed', n: 'suppressed', mean: 'suppressed', suppression: 'suppressed' });
    }
    const cell = (unit: string, period: string, measure = 'belonging') =>
      rows.find((r) => r.unit === unit && r.period === period && r.measure === measure) as Aggregate;
    expect(cell('Tuesday circle', '2026-09-01')).toMatchObject({ members: 'suppressed', n: 'suppressed', mean: 'suppressed', suppression: 'suppressed' });
    const hidden = (unit: string, period: string) => cell(unit, period).suppression !== 'shown';
    const units = ['Tuesday circle', 'Thursday circle', 'all groups'];
    // Each month is its own equation (its groups add up to its total); totals over months are never published.
    for (const period of ['2026-09-01', '2026-10-01']) expect(units.filter((unit) => hidden(unit, period)).length).not.toBe(1);
    expect(rows.filter((r) => !/^\d{4}-\d{2}-01$/.test(r.period))).toEqual([]);
    expect(rows[0].rule).toBe(suppressionRule(5));
  });

  it('shows the values of the cells it keeps: members, n and mean', async () => {
    const { rows } = await aggregatesOf(`scope=program&id=${world.programId}&${range}&k=5`);
    const shown = rows.filter((r) => r.suppression === 'shown');
    expect(shown.length).toBeGreaterThan(0);
    const thursdayOctober = rows.find((r) => r.unit === 'Thursday circle' && r.period === '2026-10-01' && r.measure === 'learning');
    if (thursdayOctober?.suppression === 'shown') expect(thursdayOctober).toMatchObject({ members: '6', n: '6', mean: '9' });
    expect(rows.some((r) => /M-[0-9A-Z]{6}/.test(Object.values(r).join(' ')))).toBe(false);
  });

  it('suppresses everything of this small organization at a stricter k of 11', async () => {
    const { rows } = await aggregatesOf(`scope=organization&${range}&k=11`);
    expect(rows.every((r) => r.suppression !== 'shown' || r.members === '0' || Number(r.members) >= 11)).toBe(true);
    expect(rows[0].rule).toBe(suppressionRule(11));
  });

  it('takes the organization’s k when the request names none, and refuses one weaker', async () => {
    const { rows } = await aggregatesOf(`scope=program&id=${world.programId}&${range}`);
    expect(rows[0].rule).toBe(suppressionRule(5));
    const weaker = await (await context.as(world.director)).get(`/api/exports/aggregates.csv?scope=organization&k=4`);
    expect(weaker.json()).toMatchObject({ status: 400, code: 'suppression_too_weak', title: 'k may not be below 5' });
  });

  it('writes the same as a PDF with the rule stated, and audits both', async () => {
    const director = await context.as(world.director);
    const response = await director.get(`/api/exports/aggregates.pdf?scope=program&id=${world.programId}&${range}&k=5`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const { text } = await pdfText(response.rawPayload);
    expect(text).toContain(`Suppression: ${suppressionRule(5)}`);
    expect(text).toContain('Tuesday circle 2026-09 belonging suppressed suppressed suppressed');
    const audited = await context.db.query(
      `SELECT detail->>'format' AS format, detail->>'k' AS k FROM audit_event WHERE organization_id = $1 AND action = 'export.aggregates' ORDER BY seq`,
      [world.organizationId],
    );
    expect(audited).toEqual(
      expect.arrayContaining([
        { format: 'csv', k: '5' },
        { format: 'pdf', k: '5' },
      ]),
    );
  });

  it('refuses a k below 5, scopes other than program and organization, and callers other than directors', async () => {
    const director = await context.as(world.director);
    const codeOf = async (query: string) => (await director.get(`/api/exports/aggregates.csv?${query}`)).json().code;
    expect(await codeOf(`scope=program&id=${world.programId}&k=4`)).toBe('suppression_too_weak');
    expect(await codeOf(`scope=group&id=${world.groupId}`)).toBe('validation_failed');
    expect(await codeOf('scope=program')).toBe('invalid_scope');
    expect(await codeOf(`scope=program&id=${world.groupId}`)).toBe('scope_not_found');
    expect((await (await context.as(world.supervisor)).get(`/api/exports/aggregates.csv?scope=organization`)).status).toBe(403);
  });

  it('answers an empty range with an empty report that says so', async () => {
    const director = await context.as(world.director);
    const csv = await director.get(`/api/exports/aggregates.csv?scope=organization&from=2025-01-01&to=2025-03-31`);
    expect((parse(csv.body, { columns: true }) as Aggregate[]).every((r) => r.unit === 'all groups' || r.unit === 'all programs')).toBe(true);
    const pdf = await director.get(`/api/exports/aggregates.pdf?scope=organization&from=2025-01-01&to=2025-03-31`);
    expect((await pdfText(pdf.rawPayload)).text).toContain('this report is empty');
  });
});
