import type { CheckIn, OrganizationSettings, Page } from '@cohesion/contracts';
import { aRatedSession, type Scores } from '../../../test/analytics-fixtures';
import { aClinicWorld, aSessionRequest, type ClinicWorld } from '../../../test/clinical-fixtures';
import type { TestClient } from '../../../test/http-client';
import { testToday } from '../../../test/test-clock';
import { useTestApp } from '../../../test/test-context';

/**
 * The organization's settings: admins change its time zone, clinical directors k, the low-score threshold and r;
 * every change audited with its old and new value; bad input a 400 problem naming the field that changes nothing.
 */
describe('GET/PUT /api/organization/settings', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let admin: TestClient;
  let director: TestClient;
  let lead: TestClient;

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 4);
    admin = await context.signedIn(world.admin);
    director = await context.signedIn(world.director);
    lead = await context.signedIn(world.lead);
  });

  const settings = async () => (await admin.get('/api/organization/settings')).json<OrganizationSettings>();
  const changes = async () =>
    (await context.db.query(
      `SELECT actor_role AS role, detail FROM audit_event WHERE organization_id = $1 AND action = 'organization.settings_change' ORDER BY seq`,
      [world.organizationId],
    )) as { role: string; detail: Record<string, { from: unknown; to: unknown }> }[];

  it('starts from the defaults: k 11, threshold 4, r 0.80', async () => {
    expect(await settings()).toEqual({ timeZone: expect.any(String), smallCellK: 11, lowScoreThreshold: 4, reliability: 0.8 });
    expect((await director.get('/api/organization/settings')).json()).toEqual(await settings());
    expect((await lead.get('/api/organization/settings')).status).toBe(403);
  });

  it('refuses bad input with a problem naming the field, and changes nothing', async () => {
    const before = await settings();
    const auditedBefore = (await changes()).length;
    const cases: [OrganizationSettings[keyof OrganizationSettings] | string, keyof OrganizationSettings, TestClient][] = [
      ['Mars/Olympus_Mons', 'timeZone', admin],
      ['utc+2', 'timeZone', admin],
      [4, 'smallCellK', director],
      [11.5, 'smallCellK', director],
      [10.5, 'lowScoreThreshold', director],
      [-1, 'lowScoreThreshold', director],
      [0, 'reliability', director],
      [1, 'reliability', director],
      ['0.8', 'reliability', director],
      // An outside review got 500s for these: null, and a k past what PostgreSQL's integer holds.
      [null as unknown as string, 'timeZone', admin],
      [null as unknown as number, 'smallCellK', director],
      [null as unknown as number, 'lowScoreThreshold', director],
      [null as unknown as number, 'reliability', director],
      [2147483648, 'smallCellK', director],
      [1e21, 'smallCellK', director],
      ['../../etc/passwd', 'timeZone', admin],
    ];
    for (const [value, field, client] of cases) {
      const response = await client.request('PUT', '/api/organization/settings', { [field]: value });
      expect([field, value, response.status]).toEqual([field, value, 400]);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ code: 'validation_failed' });
      expect(response.json().errors.map((error: { field: string }) => error.field)).toEqual(expect.arrayContaining([field]));
      expect(response.json().errors.every((error: { field: string }) => error.field === field)).toBe(true);
    }
    // A bad value beside a good one: nothing is changed.
    expect((await director.request('PUT', '/api/organization/settings', { smallCellK: 9, reliability: 1.2 })).status).toBe(400);
    expect((await director.request('PUT', '/api/organization/settings', { sad: true })).status).toBe(400);
    expect(await settings()).toEqual(before);
    expect(await changes()).toHaveLength(auditedBefore);
  });

  it('lets admins change the time zone and directors the clinical figures, never the other way round', async () => {
    const before = await settings();
    const byDirector = await director.request('PUT', '/api/organization/settings', { timeZone: 'Europe/Warsaw' });
    expect(byDirector.status).toBe(403);
    expect(byDirector.json()).toMatchObject({ code: 'settings_forbidden', title: 'Only admins change timeZone' });
    const byAdmin = await admin.request('PUT', '/api/organization/settings', { lowScoreThreshold: 5, smallCellK: 5 });
    expect(byAdmin.json()).toMatchObject({ status: 403, code: 'settings_forbidden', title: 'Only clinical directors change smallCellK, lowScoreThreshold' });
    expect(await settings()).toEqual(before);

    expect((await admin.request('PUT', '/api/organization/settings', { ...before, timeZone: 'Europe/Istanbul' })).json()).toEqual({
      ...before,
      timeZone: 'Europe/Istanbul',
    });
    expect((await director.request('PUT', '/api/organization/settings', { smallCellK: 15, reliability: 0.85 })).json()).toEqual({
      ...before,
      timeZone: 'Europe/Istanbul',
      smallCellK: 15,
      reliability: 0.85,
    });
    // The same values again change nothing and audit nothing.
    expect((await director.request('PUT', '/api/organization/settings', { smallCellK: 15 })).status).toBe(200);
    expect((await changes()).slice(-2)).toEqual([
      { role: 'admin', detail: { timeZone: { from: before.timeZone, to: 'Europe/Istanbul' } } },
      { role: 'director', detail: { smallCellK: { from: 11, to: 15 }, reliability: { from: 0.8, to: 0.85 } } },
    ]);
    expect((await lead.get('/api/auth/me')).json()).toMatchObject({ timeZone: 'Europe/Istanbul' });
    // The current name of a zone the runtime lists under its older one (Asia/Calcutta) is a zone too.
    expect((await admin.request('PUT', '/api/organization/settings', { timeZone: 'Asia/Kolkata' })).json()).toMatchObject({ timeZone: 'Asia/Kolkata' });
  });

  it('makes the clinic’s today the organization’s: a session dated today in Kiritimati is in the future in Pago Pago', async () => {
    // UTC+14 and UTC−11: 25 hours apart, so their dates always differ.
    const kiritimatiToday = testToday('Pacific/Kiritimati');
    const record = () => lead.post(`/api/groups/${world.groupId}/sessions`, aSessionRequest(world.memberIds, { heldOn: kiritimatiToday }));
    expect((await admin.request('PUT', '/api/organization/settings', { timeZone: 'Pacific/Pago_Pago' })).status).toBe(200);
    const refused = await record();
    expect(refused.json()).toMatchObject({ errors: [{ field: 'heldOn', message: `heldOn ${kiritimatiToday} is in the future` }] });
    expect((await admin.request('PUT', '/api/organization/settings', { timeZone: 'Pacific/Kiritimati' })).status).toBe(200);
    expect((await record()).status).toBe(201);
  });
});

/**
 * The low-score threshold and r reach the check-ins. Four members over three weeks: 9, 5, 7 and 3 on every measure twice
 * (s1 = SD of 9, 5, 7, 3 = 2.582), then member 1 falls to 5: RC = −4 / (√2 · 2.582 · √(1 − r)) is −2.45 at r = 0.80
 * (reliable) and −1.55 at r = 0.50 (not); 5 is low only once the threshold is 5.
 */
describe('check-ins under the organization’s own threshold and reliability', () => {
  const context = useTestApp();

  it('is low at a threshold of 5 and not 4; declines at r 0.80 and not at 0.50', async () => {
    const world = await aClinicWorld(context.db, 4);
    const [lead, director] = [await context.signedIn(world.lead), await context.signedIn(world.director)];
    const [m1, m2, m3, m4] = world.memberIds;
    const all = (score: number): Scores => [score, score, score];
    const present = { [m1]: 'present', [m2]: 'present', [m3]: 'present', [m4]: 'present' } as const;
    for (const [heldOn, first] of [
      ['2026-09-01', 9],
      ['2026-09-08', 9],
      ['2026-09-15', 5],
    ] as const) {
      await aRatedSession(lead, world.groupId, heldOn, present, { [m1]: all(first), [m2]: all(5), [m3]: all(7), [m4]: all(3) });
    }
    const reasonsOfM1 = async () =>
      ((await lead.get(`/api/analytics/alerts?groupId=${world.groupId}`)).json<Page<CheckIn>>().items.find((c) => c.memberId === m1)?.reasons ?? []).map(
        (reason) => `${reason.kind}:${reason.measure}`,
      );

    // A check-in once shown is kept with its reasons, so each setting is tried before the rule it feeds is shown.
    expect((await director.request('PUT', '/api/organization/settings', { reliability: 0.5 })).status).toBe(200);
    expect(await reasonsOfM1()).toEqual([]);
    expect((await director.request('PUT', '/api/organization/settings', { lowScoreThreshold: 5 })).status).toBe(200);
    expect(await reasonsOfM1()).toEqual(['low:belonging', 'low:learning', 'low:accountability']);
    expect((await director.request('PUT', '/api/organization/settings', { reliability: 0.8 })).status).toBe(200);
    expect(await reasonsOfM1()).toEqual([
      'declining:belonging',
      'declining:learning',
      'declining:accountability',
      'low:belonging',
      'low:learning',
      'low:accountability',
    ]);
  });
});
