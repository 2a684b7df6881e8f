import { parse } from 'csv-parse/sync';
import { AGGREGATES_CSV_COLUMNS } from '@cohesion/contracts';
import { aSignedSession } from '../../../test/analytics-fixtures';
import { aClinicWorld, anEnrolledMember, type ClinicWorld } from '../../../test/clinical-fixtures';
import type { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';

type Aggregate = Record<(typeof AGGREGATES_CSV_COLUMNS)[number], string>;

/**
 * An outside review subtracted one export from another: a program's month hidden (as a complement) in the
 * organization's export was shown as "all groups" in that program's own export, so the organization's month total
 * minus it gave the small program away; and the "all months" totals of two ranges differed by exactly one month.
 * Here, k = 5, October 2026: Grief support 3 members (small), Harbour 6, Lighthouse 7; the organization 16.
 */
describe('aggregate exports read together', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let director: TestClient;
  const programs: Record<'harbour' | 'lighthouse', string> = { harbour: '', lighthouse: '' };

  const aProgramWithMembers = async (name: string, members: number): Promise<string> => {
    const programId = (await director.post('/api/programs', { name })).json().id as string;
    const group = await director.post('/api/groups', {
      name: `${name} group`,
      programId,
      kind: 'open',
      schedule: 'Mondays',
      facilitators: [{ userId: world.lead.id, role: 'lead' }],
    });
    expect(group.status).toBe(201);
    const ids: string[] = [];
    for (let i = 0; i < members; i++) ids.push(await anEnrolledMember(context.db, world.organizationId, group.json().id, '2026-01-05'));
    await aSignedSession(
      await context.signedIn(world.lead),
      group.json().id,
      '2026-10-05',
      Object.fromEntries(ids.map((id) => [id, 'present' as const])),
      Object.fromEntries(ids.map((id) => [id, [6, 6, 6] as const])),
    );
    return programId;
  };

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 3);
    director = await context.signedIn(world.director);
    // This clinic set its small-cell k to 5 (Settings); requests below it are refused.
    expect((await (await context.signedIn(world.director)).request('PUT', '/api/organization/settings', { smallCellK: 5 })).status).toBe(200);
    await aSignedSession(
      await context.signedIn(world.lead),
      world.groupId,
      '2026-10-06',
      Object.fromEntries(world.memberIds.map((id) => [id, 'present' as const])),
      Object.fromEntries(world.memberIds.map((id) => [id, [2, 2, 2] as const])),
    );
    programs.harbour = await aProgramWithMembers('Harbour', 6);
    programs.lighthouse = await aProgramWithMembers('Lighthouse', 7);
  });

  const rowsOf = async (query: string): Promise<Aggregate[]> => {
    const response = await director.get(`/api/exports/aggregates.csv?${query}&k=5`);
    expect(response.status).toBe(200);
    return parse(response.body, { columns: true }) as Aggregate[];
  };
  const belonging = (rows: Aggregate[], unit: string) =>
    rows.find((r) => r.unit === unit && r.measure === 'belonging' && r.period === '2026-10-01') as Aggregate;

  it('hides in a program’s export every month total that the organization’s export hides', async () => {
    const organization = await rowsOf('scope=organization&from=2026-10-01&to=2026-10-31');
    expect(belonging(organization, 'Grief support').suppression).toBe('suppressed');
    expect(belonging(organization, 'all programs')).toMatchObject({ members: '16', suppression: 'shown' });
    const hiddenPrograms = ['Harbour', 'Lighthouse'].filter((name) => belonging(organization, name).suppression === 'suppressed');
    expect(hiddenPrograms).toHaveLength(1);

    const [complement] = hiddenPrograms;
    const own = await rowsOf(`scope=program&id=${complement === 'Harbour' ? programs.harbour : programs.lighthouse}&from=2026-10-01&to=2026-10-31`);
    // Its total and its one group, which equals it, are hidden: 16 − shown programs − this one can no longer be read.
    expect(belonging(own, 'all groups').suppression).toBe('suppressed');
    expect(belonging(own, `${complement} group`).suppression).toBe('suppressed');
  });

  it('publishes no total over several months, whatever the range', async () => {
    for (const range of ['from=2026-09-01&to=2026-10-31', 'from=2026-09-01&to=2026-09-30']) {
      const rows = await rowsOf(`scope=organization&${range}`);
      expect(rows.filter((r) => !/^\d{4}-\d{2}-01$/.test(r.period))).toEqual([]);
    }
  });
});

/**
 * The outside review's second subtraction, at the default k of 11, March 2026: Probe 2 members (small), Gamma 16
 * (Gamma-1 13, Gamma-2 3), Beta 26. The organization's export hid Gamma as Probe's complement; Gamma's own export hid
 * its total and Gamma-2 but showed Gamma-1, so 44 − 26 − 13 = 5 members (Probe and Gamma-2) and their mean, 3.2.
 */
describe('aggregate exports read together: a complement’s own export', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let director: TestClient;

  const aGroup = async (programId: string, name: string, members: number, score: number) => {
    const group = await director.post('/api/groups', {
      name,
      programId,
      kind: 'open',
      schedule: 'Mondays',
      facilitators: [{ userId: world.lead.id, role: 'lead' }],
    });
    const ids: string[] = [];
    for (let i = 0; i < members; i++) ids.push(await anEnrolledMember(context.db, world.organizationId, group.json().id, '2026-01-05'));
    await aSignedSession(
      await context.signedIn(world.lead),
      group.json().id,
      '2026-03-09',
      Object.fromEntries(ids.map((id) => [id, 'present' as const])),
      Object.fromEntries(ids.map((id) => [id, [score, score, score] as const])),
    );
  };
  const aProgram = async (name: string) => (await director.post('/api/programs', { name })).json().id as string;

  it('hides a month whole in the export of a program that the organization’s export hides', async () => {
    world = await aClinicWorld(context.db, 0);
    director = await context.signedIn(world.director);
    await aGroup(await aProgram('Probe'), 'Probe group', 2, 2);
    const gamma = await aProgram('Gamma');
    await aGroup(gamma, 'Gamma-1', 13, 6);
    await aGroup(gamma, 'Gamma-2', 3, 4);
    await aGroup(await aProgram('Beta'), 'Beta group', 26, 7);
    const rowsOf = async (query: string) =>
      parse((await director.get(`/api/exports/aggregates.csv?${query}&from=2026-03-01&to=2026-03-31`)).body, { columns: true }) as Aggregate[];

    const organization = await rowsOf('scope=organization');
    const shownPrograms = organization.filter((r) => r.measure === 'belonging' && r.suppression === 'shown').map((r) => r.unit);
    expect(shownPrograms.sort()).toEqual(['Beta', 'all programs']);
    const ofGamma = (await rowsOf(`scope=program&id=${gamma}`)).filter((r) => r.measure === 'belonging');
    expect(ofGamma.map((r) => [r.unit, r.suppression])).toEqual([
      ['Gamma-1', 'suppressed'],
      ['Gamma-2', 'suppressed'],
      ['all groups', 'suppressed'],
    ]);
  });
});
