import fc from 'fast-check';
import { aClinicWorld, type ClinicWorld } from '../../../test/clinical-fixtures';
import type { TestClient } from '../../../test/http-client';
import { PROPERTY_RUNS } from '../../../test/property-runs';
import { useTestApp } from '../../../test/test-context';

const RUNS = PROPERTY_RUNS;
/** Hundreds of requests (each also audited) need more than the default 30 s on a busy 2-core machine. */
const PROPERTY_TIMEOUT_MS = 180_000;

/** Random bodies against every structure and member write route: never a 5xx, and a refused request changes nothing. */
describe('structure and member write routes under random input', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let director: TestClient;
  let lead: TestClient;

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 2);
    director = await context.signedIn(world.director);
    lead = await context.signedIn(world.lead);
  });

  /** A fingerprint of every structural row of the organization. */
  async function structureFingerprint(): Promise<string> {
    const tables = ['program', 'therapy_group', 'group_facilitator', 'member', 'enrollment', 'supervision'];
    const parts = [];
    for (const table of tables) {
      const [row] = await context.db.query(
        `SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS print FROM ${table} t WHERE t.organization_id = $1`,
        [world.organizationId],
      );
      parts.push(`${table}=${row.print}`);
    }
    return parts.join(' ');
  }

  const hostile = fc.oneof(fc.anything(), fc.string(), fc.constantFrom("'; DROP TABLE member; --", '2026-02-30', '2099-01-01', -1, null, [], {}, 'M-7K3Q9D'));
  const mutated = (valid: () => Record<string, unknown>) =>
    fc.oneof(
      fc.anything(),
      fc
        .record({ field: fc.constantFrom(...Object.keys(valid()), '__proto__', 'organizationId'), value: hostile })
        .map(({ field, value }) => ({ ...valid(), [field]: value })),
    );

  const routes: [string, () => TestClient, string, string, () => Record<string, unknown>][] = [
    ['POST /api/programs', () => director, 'POST', '/api/programs', () => ({ name: 'Family program' })],
    [
      'POST /api/groups',
      () => director,
      'POST',
      '/api/groups',
      () => ({ name: 'New circle', programId: world.programId, kind: 'open', schedule: 'Mondays', facilitators: [{ userId: world.lead.id, role: 'lead' }] }),
    ],
    [
      'PUT /api/groups/:id/facilitators',
      () => director,
      'PUT',
      'facilitators',
      () => ({
        facilitators: [
          { userId: world.lead.id, role: 'lead' },
          { userId: world.co.id, role: 'co' },
        ],
      }),
    ],
    ['PATCH /api/groups/:id', () => director, 'PATCH', 'group', () => ({ name: 'Tuesday circle', schedule: 'Tuesdays 18:00' })],
    ['POST /api/groups/:id/members', () => lead, 'POST', 'members', () => ({ joinedOn: '2026-02-02' })],
    ['POST /api/groups/:id/members/:memberId/exit', () => lead, 'POST', 'exit', () => ({ leftOn: '2026-03-02', exitReason: 'completed' })],
    ['PUT /api/supervisions/:supervisorId', () => director, 'PUT', 'supervisions', () => ({ facilitatorIds: [world.lead.id] })],
  ];

  const urlOf = (target: string) =>
    ({
      facilitators: `/api/groups/${world.groupId}/facilitators`,
      group: `/api/groups/${world.groupId}`,
      members: `/api/groups/${world.groupId}/members`,
      exit: `/api/groups/${world.groupId}/members/${world.memberIds[0]}/exit`,
      supervisions: `/api/supervisions/${world.supervisor.id}`,
    })[target] ?? target;

  it.each(routes)(
    `%s (${RUNS} bodies)`,
    async (_name, client, method, target, valid) => {
      await fc.assert(
        fc.asyncProperty(mutated(valid), async (body) => {
          const before = await structureFingerprint();
          const answer = await client().request(method, urlOf(target), JSON.stringify(body), { 'content-type': 'application/json' });
          expect(answer.status).toBeLessThan(500);
          if (answer.status >= 400) expect(await structureFingerprint()).toBe(before);
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
