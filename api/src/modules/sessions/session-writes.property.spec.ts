import fc from 'fast-check';
import { aClinicWorld, aSessionRequest, clinicalRowCounts, type ClinicWorld } from '../../../test/clinical-fixtures';
import type { TestClient } from '../../../test/http-client';
import { PROPERTY_RUNS } from '../../../test/property-runs';
import { useTestApp } from '../../../test/test-context';

const RUNS = PROPERTY_RUNS;
/** Hundreds of requests (each also audited) need more than the default 30 s on a busy 2-core machine. */
const PROPERTY_TIMEOUT_MS = 180_000;

/**
 * Random bodies against every session write route: never a 5xx, and a refused request writes nothing.
 * Bodies mix arbitrary JSON with near-valid sessions whose fields are replaced by arbitrary values.
 */
describe('session write routes under random input', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let lead: TestClient;
  let draft: { id: string; version: number };
  let signedId: string;

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 3);
    lead = await context.signedIn(world.lead);
    draft = (await lead.post(`/api/groups/${world.groupId}/sessions`, aSessionRequest(world.memberIds, { heldOn: '2026-09-01' }))).json();
    signedId = (await lead.post(`/api/groups/${world.groupId}/sessions`, aSessionRequest(world.memberIds, { heldOn: '2026-09-08' }))).json().id;
    await lead.post(`/api/sessions/${signedId}/sign`);
  });

  const valid = () => aSessionRequest(world.memberIds, { heldOn: '2026-08-04' }) as unknown as Record<string, unknown>;
  const fieldNames = ['heldOn', 'durationMinutes', 'attendance', 'note', 'ratings', 'notIdentifiers', '__proto__', 'constructor'];
  const hostile = fc.oneof(
    fc.anything(),
    fc.string(),
    fc.constantFrom("'; DROP TABLE rating; --", '\u0000', 'M-7K3Q9D', '2026-13-40', -1, 1e308, null, [], {}),
  );
  const sessionBody = fc.oneof(
    fc.anything(),
    fc.record({ field: fc.constantFrom(...fieldNames), value: hostile }).map(({ field, value }) => ({ ...valid(), [field]: value })),
    fc.record({ index: fc.nat(8), score: hostile, measure: hostile }).map(({ index, score, measure }) => {
      const body = valid();
      const ratings = body['ratings'] as Record<string, unknown>[];
      ratings[index % ratings.length] = { ...ratings[index % ratings.length], score, measure };
      return body;
    }),
    fc.record({ status: hostile, memberId: fc.oneof(fc.uuid(), hostile) }).map(({ status, memberId }) => ({ ...valid(), attendance: [{ memberId, status }] })),
  );

  async function expectNoServerErrorAndNoWriteOnRefusal(send: () => Promise<{ status: number }>) {
    const before = await clinicalRowCounts(context.db, world.organizationId);
    const answer = await send();
    expect(answer.status).toBeLessThan(500);
    if (answer.status >= 400) expect(await clinicalRowCounts(context.db, world.organizationId)).toEqual(before);
  }

  it(
    `POST /api/groups/:groupId/sessions (${RUNS} bodies)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(sessionBody, (body) =>
          expectNoServerErrorAndNoWriteOnRefusal(() =>
            lead.post(`/api/groups/${world.groupId}/sessions`, JSON.stringify(body), { 'content-type': 'application/json' }),
          ),
        ),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    `PUT /api/sessions/:id (${RUNS} bodies)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(sessionBody, fc.oneof(fc.constant(String(draft.version)), fc.string()), async (body, ifMatch) => {
          const current = (await lead.get(`/api/sessions/${draft.id}`)).json().version;
          await expectNoServerErrorAndNoWriteOnRefusal(() =>
            lead.request('PUT', `/api/sessions/${draft.id}`, JSON.stringify(body), {
              'content-type': 'application/json',
              'if-match': ifMatch === String(draft.version) ? String(current) : ifMatch,
            }),
          );
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    `POST /api/sessions/:id/addenda (${RUNS} bodies)`,
    async () => {
      const addendumBody = fc.oneof(fc.anything(), fc.record({ text: hostile }), fc.record({ text: fc.string(), notIdentifiers: hostile }));
      await fc.assert(
        fc.asyncProperty(addendumBody, (body) =>
          expectNoServerErrorAndNoWriteOnRefusal(() =>
            lead.post(`/api/sessions/${signedId}/addenda`, JSON.stringify(body), { 'content-type': 'application/json' }),
          ),
        ),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    `POST /api/deidentification/check (${RUNS} bodies)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.anything(), fc.record({ text: fc.string({ maxLength: 2000 }) })), async (body) => {
          const answer = await lead.post('/api/deidentification/check', JSON.stringify(body), { 'content-type': 'application/json' });
          expect(answer.status).toBeLessThan(500);
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
