import { aClinicWorld, aSessionRequest, clinicalRowCounts, type ClinicWorld } from '../../../test/clinical-fixtures';
import type { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';

/** A retried save never records a session twice (IETF Idempotency-Key draft). */
describe('Idempotency-Key on recording a session', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let lead: TestClient;

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 3);
    lead = await context.signedIn(world.lead);
  });

  it('answers a retry with the same key and body with the first session, and records one', async () => {
    const body = aSessionRequest(world.memberIds, { heldOn: '2026-11-03' });
    const first = await lead.post(`/api/groups/${world.groupId}/sessions`, body, { 'idempotency-key': 'retry-1' });
    const retry = await lead.post(`/api/groups/${world.groupId}/sessions`, body, { 'idempotency-key': 'retry-1' });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    expect((await clinicalRowCounts(context.db, world.organizationId)).sessions).toBe(1);
  });

  it('refuses the same key with another body (422) and writes nothing', async () => {
    const before = await clinicalRowCounts(context.db, world.organizationId);
    const other = await lead.post(`/api/groups/${world.groupId}/sessions`, aSessionRequest(world.memberIds, { heldOn: '2026-11-04' }), {
      'idempotency-key': 'retry-1',
    });
    expect(other.status).toBe(422);
    expect(other.json().code).toBe('idempotency_key_reused');
    expect(await clinicalRowCounts(context.db, world.organizationId)).toEqual(before);
  });

  it('records one session when the same request arrives twice at once', async () => {
    const before = (await clinicalRowCounts(context.db, world.organizationId)).sessions;
    const body = aSessionRequest(world.memberIds, { heldOn: '2026-11-05' });
    const answers = await Promise.all([1, 2, 3].map(() => lead.post(`/api/groups/${world.groupId}/sessions`, body, { 'idempotency-key': 'concurrent' })));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    expect((await clinicalRowCounts(context.db, world.organizationId)).sessions).toBe(before + 1);
  });

  it('refuses a malformed key', async () => {
    const answer = await lead.post(`/api/groups/${world.groupId}/sessions`, aSessionRequest(world.memberIds), { 'idempotency-key': 'has space' });
    expect(answer.status).toBe(400);
    expect(answer.json().code).toBe('invalid_idempotency_key');
  });
});
