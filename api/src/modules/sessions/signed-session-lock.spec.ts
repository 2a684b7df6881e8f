import { aClinicWorld, aSessionRequest, type ClinicWorld } from '../../../test/clinical-fixtures';
import { TEST_PASSWORD } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';

/** Once signed, PostgreSQL itself refuses any change to the note and what it covers; addenda are append-only. */
describe('the database locks signed sessions', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let sessionId: string;
  let draftId: string;

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 3);
    const lead = new TestClient(context.app);
    await lead.signIn(world.lead.email, TEST_PASSWORD);
    sessionId = (await lead.post(`/api/groups/${world.groupId}/sessions`, aSessionRequest(world.memberIds))).json().id;
    expect((await lead.post(`/api/sessions/${sessionId}/sign`)).status).toBe(200);
    expect((await lead.post(`/api/sessions/${sessionId}/addenda`, { text: 'Correction to the plan.' })).status).toBe(201);
    draftId = (await lead.post(`/api/groups/${world.groupId}/sessions`, aSessionRequest(world.memberIds, { heldOn: '2026-11-10' }))).json().id;
  });

  it.each([
    ['the note text', `UPDATE note SET process = 'rewritten' WHERE session_id = $1`],
    ['a rating', `UPDATE rating SET score = 0 WHERE session_id = $1`],
    ['attendance', `DELETE FROM attendance WHERE session_id = $1`],
    [
      'a new rating',
      `INSERT INTO rating (session_id, member_id, measure, organization_id, score) SELECT $1, member_id, 'belonging', organization_id, 5 FROM attendance WHERE session_id = $1 LIMIT 1 ON CONFLICT DO NOTHING`,
    ],
    ['the session date', `UPDATE group_session SET held_on = held_on - 1 WHERE id = $1`],
    ['the stored hash', `UPDATE group_session SET content_hash = repeat('0', 64) WHERE id = $1`],
    ['the session itself', `DELETE FROM group_session WHERE id = $1`],
    ['an addendum', `UPDATE addendum SET text = 'rewritten' WHERE session_id = $1`],
    ['an addendum, by deleting it', `DELETE FROM addendum WHERE session_id = $1`],
  ])('refuses a direct change to %s', async (_what, sql) => {
    await expect(context.db.query(sql, [sessionId])).rejects.toThrow(/signed session|append-only/);
  });

  it('lets a supervisor add the one co-signature, and no second one', async () => {
    await context.db.query(`UPDATE group_session SET cosigned_by = $2, cosigned_at = now() WHERE id = $1`, [sessionId, world.supervisor.id]);
    await expect(context.db.query(`UPDATE group_session SET cosigned_at = now() - interval '1 day' WHERE id = $1`, [sessionId])).rejects.toThrow(
      /co-signature/,
    );
  });

  it('still lets a draft change', async () => {
    await context.db.query(`UPDATE note SET process = 'edited draft' WHERE session_id = $1`, [draftId]);
    const [note] = await context.db.query(`SELECT process FROM note WHERE session_id = $1`, [draftId]);
    expect(note.process).toBe('edited draft');
  });
});
