import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Writable } from 'node:stream';
import type { Role } from '@cohesion/domain';
import { aClinicWorld, type ClinicWorld } from '../../test/clinical-fixtures';
import { TEST_PASSWORD, type TestStaff } from '../../test/fixtures';
import { TestClient } from '../../test/http-client';
import { servedRoutes, type ServedRoute } from '../../test/served-routes';
import { FixedClock, openTestDatabase, testConfig } from '../../test/test-app';
import { createApp } from '../create-app';
import type { DataSource } from 'typeorm';

const SQL = `x' OR '1'='1'; DROP TABLE rating; --`;
const NOTE_CANARY = 'CANARY-NOTE-7f3a Marguerite lives at 12 Elm Street';

/** Nested 5,000 levels deep: deeper than any request has reason to be. */
const deeplyNested = (): string => `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;

/** The hostile bodies every writing route receives. */
const BODIES: [what: string, body: string | Buffer][] = [
  ['SQL metacharacters', JSON.stringify({ name: SQL, text: SQL, email: SQL, heldOn: SQL, scope: SQL, facilitators: [{ userId: SQL }] })],
  ['a __proto__ key', '{"__proto__":{"role":"admin","isAdmin":true},"constructor":{"prototype":{"polluted":true}}}'],
  ['deeply nested JSON', deeplyNested()],
  ['a 1 MB string', JSON.stringify({ name: 'x'.repeat(1024 * 1024), text: 'x'.repeat(1024 * 1024) })],
  ['invalid UTF-8', Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('","text":"\u0000"}')])],
  ['a JSON array', '[1,2,3]'],
  ['clinical text where none belongs', JSON.stringify({ name: NOTE_CANARY, text: NOTE_CANARY, action: NOTE_CANARY })],
];

/** The hostile query strings every route receives. */
const QUERIES = [
  `scope=group&scope=organization&bucket=week&bucket=month`,
  `limit=1&limit=1000000&offset=-1`,
  `from=${encodeURIComponent(SQL)}&to=2026-13-45&id=${encodeURIComponent(SQL)}`,
  `__proto__[polluted]=1&constructor[prototype][polluted]=1`,
  `groupId=${'9'.repeat(5000)}`,
];

/** Tables whose row counts must not move (the audit trail does: refusals are recorded). */
const WATCHED_TABLES = [
  'program',
  'therapy_group',
  'group_facilitator',
  'supervision',
  'member',
  'enrollment',
  'group_session',
  'note',
  'rating',
  'attendance',
  'addendum',
  'check_in_acknowledgement',
  'staff_user',
];

describe('bad input on every route', () => {
  const logs: string[] = [];
  let app: NestFastifyApplication;
  let db: DataSource;
  let world: ClinicWorld;
  const clients = new Map<Role, TestClient>();

  // The organization's rows only: other suites write to the same database at the same time.
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        WATCHED_TABLES.map(async (t) => [t, (await db.query(`SELECT count(*)::int AS n FROM ${t} WHERE organization_id = $1`, [world.organizationId]))[0].n]),
      ),
    );

  /** A caller the route lets through its role check, so that its validation is what answers. */
  const callerFor = (route: ServedRoute): TestClient => {
    const role = (['facilitator', 'supervisor', 'director', 'admin'] as Role[]).find((r) => route.roles.includes(r));
    return role ? (clients.get(role) as TestClient) : new TestClient(app);
  };
  const withIds = (path: string) =>
    path
      .replace(':groupId', world.groupId)
      .replace(':memberId', world.memberIds[0])
      .replace(':supervisorId', world.supervisor.id)
      .replace(/:[a-zA-Z]+/g, world.groupId);

  beforeAll(async () => {
    const capture = new Writable({
      write: (chunk, _encoding, done) => {
        logs.push(chunk.toString());
        done();
      },
    });
    app = await createApp(testConfig({ LOG_LEVEL: 'trace' }), { logDestination: capture, clock: new FixedClock() });
    db = await openTestDatabase();
    world = await aClinicWorld(db, 2);
    const staff: [Role, TestStaff][] = [
      ['facilitator', world.lead],
      ['supervisor', world.supervisor],
      ['director', world.director],
      ['admin', world.admin],
    ];
    for (const [role, member] of staff) {
      const client = new TestClient(app);
      await client.signIn(member.email, TEST_PASSWORD);
      clients.set(role, client);
    }
  });

  afterAll(async () => {
    await app?.close();
    await db?.destroy();
  });

  it('answers every hostile body and query with 4xx problem details, never 5xx, no stack, and writes nothing', async () => {
    const before = await counts();
    const failures: string[] = [];
    let requests = 0;
    for (const route of servedRoutes(app)) {
      if (route.route === 'POST /api/auth/logout') continue; // would end the shared sessions; it takes no input
      const client = callerFor(route);
      const cases: [string, string, string | Buffer | undefined][] = [
        ['a hostile path id', route.path.replace(/:[a-zA-Z]+/g, encodeURIComponent(SQL)), undefined],
        // Queries for the routes that read them; bodies for the routes that take them.
        ...(route.method !== 'GET'
          ? []
          : QUERIES.map((query): [string, string, undefined] => [`query ${query.slice(0, 30)}`, `${withIds(route.path)}?${query}`, undefined])),
        ...(route.method === 'GET' ? [] : BODIES.map(([what, body]): [string, string, string | Buffer] => [what, withIds(route.path), body])),
      ];
      for (const [what, url, body] of cases) {
        if (!route.path.includes(':') && what === 'a hostile path id') continue;
        const response = await client.request(route.method, url, body, body === undefined ? {} : { 'content-type': 'application/json' });
        requests += 1;
        const problem = response.status >= 400 ? response.json() : null;
        const wellFormed = problem === null || (problem.status === response.status && typeof problem.title === 'string');
        const acceptable =
          response.status < 500 && (response.status >= 400 || route.method === 'GET') && wellFormed && !/\bat \S+:\d+|stack/i.test(response.body);
        if (!acceptable) failures.push(`${route.route} with ${what}: ${response.status} ${response.body.slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(150);
    expect(await counts()).toEqual(before);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.prototype).not.toHaveProperty('isAdmin');
  });

  it('never logs a password, a session token or note text', async () => {
    const token = (clients.get('facilitator') as TestClient).cookie('cohesion_session') as string;
    const written = logs.join('');
    expect(written.length).toBeGreaterThan(1000);
    expect(written).toContain('"statusCode"');
    for (const canary of [TEST_PASSWORD, token, NOTE_CANARY, 'Marguerite', 'x'.repeat(200)]) {
      expect({ canary: canary.slice(0, 20), found: written.includes(canary) }).toEqual({ canary: canary.slice(0, 20), found: false });
    }
  });
});
