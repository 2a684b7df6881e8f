import { parse } from 'csv-parse/sync';
import { RATINGS_CSV_COLUMNS, type SessionDetail, type TrendResponse } from '@cohesion/contracts';
import { aRatedSession } from '../../../test/analytics-fixtures';
import { aClinicWorld, anEnrolledMember, type ClinicWorld } from '../../../test/clinical-fixtures';
import { aGroup, aProgram } from '../../../test/fixtures';
import type { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';
import { RatingsExportRepository, type SessionKey } from './ratings-export.repository';

type CsvRecord = Record<(typeof RATINGS_CSV_COLUMNS)[number], string>;

/**
 * The lead's Tuesday circle: 2026-10-06 (a, b, c rated; signed) and 2026-10-13 (a rated, b absent). The other
 * facilitator's Thursday circle, same program: 2026-10-06 (t rated). A second program whose names a spreadsheet would
 * run as formulas holds one session of the lead on 2026-10-20.
 */
describe('GET /api/exports/ratings.csv', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let hostileGroupId: string;
  let sessions: SessionDetail[];

  const csvOf = (body: string): CsvRecord[] => parse(body, { columns: true, skip_empty_lines: true });

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 3);
    const [a, b, c] = world.memberIds;
    const lead = await context.signedIn(world.lead);
    const first = await aRatedSession(
      lead,
      world.groupId,
      '2026-10-06',
      { [a]: 'present', [b]: 'present', [c]: 'present' },
      { [a]: [4, 5, 6], [b]: [7, 8, 9], [c]: [10, 0, 3] },
    );
    expect((await lead.post(`/api/sessions/${first.id}/sign`)).status).toBe(200);
    const second = await aRatedSession(lead, world.groupId, '2026-10-13', { [a]: 'present', [b]: 'absent', [c]: 'excused' }, { [a]: [6, 6, 6] });

    const [{ id: thursdayId }] = await context.db.query(`SELECT id FROM therapy_group WHERE organization_id = $1 AND name = 'Thursday circle'`, [
      world.organizationId,
    ]);
    const t = await anEnrolledMember(context.db, world.organizationId, thursdayId, '2026-01-05');
    const other = await aRatedSession(await context.signedIn(world.otherFacilitator), thursdayId, '2026-10-06', { [t]: 'present' }, { [t]: [2, 2, 2] });

    const hostileProgram = await aProgram(context.db, world.organizationId, '=HYPERLINK("http://evil.test","x")');
    hostileGroupId = await aGroup(context.db, world.organizationId, hostileProgram, [{ id: world.lead.id, role: 'lead' }], { name: '@SUM(1+1), "quoted"' });
    const h = await anEnrolledMember(context.db, world.organizationId, hostileGroupId, '2026-01-05');
    const hostile = await aRatedSession(lead, hostileGroupId, '2026-10-20', { [h]: 'present' }, { [h]: [1, 2, 3] });
    sessions = [first, second, other, hostile];
  });

  it('streams one row per rating with the header, as an attachment nobody keeps, and round-trips to the API’s own values', async () => {
    const director = await context.as(world.director);
    const response = await director.get(`/api/exports/ratings.csv?scope=group&id=${world.groupId}&from=2026-10-01&to=2026-10-31`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers['content-disposition']).toBe('attachment; filename="ratings-group-2026-10-01-to-2026-10-31.csv"');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body.split('\r\n')[0]).toBe(RATINGS_CSV_COLUMNS.join(','));

    const records = csvOf(response.body);
    expect(records).toHaveLength(12);
    expect(records.map((r) => r.session_date)).toEqual([...Array(9).fill('2026-10-06'), ...Array(3).fill('2026-10-13')]);
    const [{ name }] = await context.db.query(`SELECT name FROM organization WHERE id = $1`, [world.organizationId]);
    expect(new Set(records.map((r) => `${r.organization}|${r.program}|${r.group}`))).toEqual(new Set([`${name}|Grief support|Tuesday circle`]));
    for (const session of sessions.slice(0, 2)) {
      const detail = (await director.get(`/api/sessions/${session.id}`)).json<SessionDetail>();
      const fromApi = detail.ratings.map((r) => `${r.memberCode} ${r.measure} ${r.score} ${r.source}`).sort();
      const fromCsv = records
        .filter((r) => r.session_id === session.id)
        .map((r) => `${r.member_code} ${r.measure} ${r.score} ${r.source}`)
        .sort();
      expect(fromCsv).toEqual(fromApi);
    }
  });

  it('counts per session and measure what the trend counts, for the same caller', async () => {
    const lead = await context.as(world.lead);
    const records = csvOf((await lead.get(`/api/exports/ratings.csv?scope=group&id=${world.groupId}&from=2026-10-01&to=2026-10-31`)).body);
    const trend = (await lead.get(`/api/analytics/trends?scope=group&id=${world.groupId}&bucket=session&from=2026-10-01&to=2026-10-31`)).json<TrendResponse>();
    for (const measure of ['belonging', 'learning', 'accountability'] as const) {
      for (const point of trend.series[measure]) {
        const scores = records.filter((r) => r.session_id === point.sessionId && r.measure === measure).map((r) => Number(r.score));
        expect({ measure, n: scores.length, mean: scores.reduce((s, x) => s + x, 0) / scores.length }).toEqual({ measure, n: point.n, mean: point.mean });
      }
    }
  });

  it('gives each caller the rows of the groups they may see', async () => {
    const rowsFor = async (client: TestClient, query: string) => {
      const response = await client.get(`/api/exports/ratings.csv?${query}&from=2026-10-01&to=2026-10-31`);
      return response.status === 200 ? csvOf(response.body).length : response.status;
    };
    // Program: both circles of Grief support (12 + 3); the lead: Tuesday circle and the hostile group (12 + 3).
    expect(await rowsFor(await context.as(world.director), `scope=program&id=${world.programId}`)).toBe(15);
    expect(await rowsFor(await context.as(world.lead), `scope=facilitator&id=${world.lead.id}`)).toBe(15);
    expect(await rowsFor(await context.as(world.supervisor), `scope=facilitator&id=${world.lead.id}`)).toBe(15);
    expect(await rowsFor(await context.as(world.co), `scope=group&id=${world.groupId}`)).toBe(12);
    expect(await rowsFor(await context.as(world.otherFacilitator), `scope=group&id=${world.groupId}`)).toBe(404);
    expect(await rowsFor(await context.as(world.unrelatedSupervisor), `scope=facilitator&id=${world.lead.id}`)).toBe(404);
    expect(await rowsFor(await context.as(world.lead), `scope=program&id=${world.programId}`)).toBe(403);
    expect(await rowsFor(await context.as(world.outsider), `scope=group&id=${world.groupId}`)).toBe(404);
  });

  it('neutralises text a spreadsheet would run as a formula, and quotes as RFC 4180 says', async () => {
    const lead = await context.as(world.lead);
    const response = await lead.get(`/api/exports/ratings.csv?scope=group&id=${hostileGroupId}&from=2026-10-01&to=2026-10-31`);
    expect(response.body).toContain(`"'=HYPERLINK(""http://evil.test"",""x"")","'@SUM(1+1), ""quoted""",2026-10-20`);
    const [record] = csvOf(response.body);
    expect(record).toMatchObject({ program: `'=HYPERLINK("http://evil.test","x")`, group: `'@SUM(1+1), "quoted"`, measure: 'belonging', score: '1' });
  });

  it('audits every export with who, scope, period and row count', async () => {
    const supervisor = await context.as(world.supervisor);
    expect((await supervisor.get(`/api/exports/ratings.csv?scope=facilitator&id=${world.lead.id}&from=2026-10-01&to=2026-10-31`)).status).toBe(200);
    const [row] = await context.db.query(
      `SELECT actor_id, actor_role, action, outcome, entity_type, entity_id, detail FROM audit_event
        WHERE organization_id = $1 AND action = 'export.ratings_csv' AND actor_id = $2 ORDER BY seq DESC LIMIT 1`,
      [world.organizationId, world.supervisor.id],
    );
    expect(row).toEqual({
      actor_id: world.supervisor.id,
      actor_role: 'supervisor',
      action: 'export.ratings_csv',
      outcome: 'success',
      entity_type: 'facilitator',
      entity_id: world.lead.id,
      detail: { scope: 'facilitator', from: '2026-10-01', to: '2026-10-31', rows: 15 },
    });
  });

  it('answers an empty range with the header alone', async () => {
    const lead = await context.as(world.lead);
    const response = await lead.get(`/api/exports/ratings.csv?scope=group&id=${world.groupId}&from=2025-01-01&to=2025-12-31`);
    expect(response.status).toBe(200);
    expect(response.body).toBe(`${RATINGS_CSV_COLUMNS.join(',')}\r\n`);
  });

  it('refuses the organization scope, pointing to the aggregate export, and bad input with problems', async () => {
    const director = await context.as(world.director);
    const organization = await director.get('/api/exports/ratings.csv?scope=organization');
    expect(organization.status).toBe(400);
    expect(organization.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(organization.json()).toMatchObject({ code: 'organization_ratings_refused', aggregateExport: '/api/exports/aggregates.csv?scope=organization' });
    const codeOf = async (query: string) => (await director.get(`/api/exports/ratings.csv?${query}`)).json().code;
    expect(await codeOf('scope=member&id=' + world.groupId)).toBe('validation_failed');
    expect(await codeOf(`scope=group&id=${world.groupId}&from=2026-10-31&to=2026-10-01`)).toBe('invalid_range');
    expect(await codeOf(`scope=group&id=${world.groupId}&from=2010-01-01&to=2026-10-01`)).toBe('range_too_long');
    expect(await codeOf('scope=group&id=not-a-uuid')).toBe('validation_failed');
    expect(await codeOf(`scope=group&id=${world.lead.id}`)).toBe('scope_not_found');
  });

  it('pages by (date, id) without skipping or repeating a session, however small the batch', async () => {
    const repository = context.app.get(RatingsExportRepository);
    const scope = {
      scope: 'program' as const,
      id: world.programId,
      organizationId: world.organizationId,
      groupIds: null,
      programId: world.programId,
      supervisorId: null,
    };
    const keys: SessionKey[] = [];
    for (let after: SessionKey | null = null; ;) {
      const batch = await repository.findSessionKeys(context.db.manager, scope, { from: '2026-10-01', to: '2026-10-31' }, after, 1);
      if (!batch.length) break;
      keys.push(...batch);
      after = batch[0];
    }
    const sameDay = [sessions[0].id, sessions[2].id].sort();
    expect(keys.map((k) => k.id)).toEqual([...sameDay, sessions[1].id]);
  });
});
