import { aClinicWorld, aNote, aSessionRequest, anEnrolledMember, clinicalRowCounts, type ClinicWorld } from '../../../test/clinical-fixtures';
import type { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';

/** Every bad session gets a clear 400/422 problem and writes nothing. */
describe('recording a session with bad input', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let lead: TestClient;
  let formerMember: string;

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 2);
    formerMember = await anEnrolledMember(context.db, world.organizationId, world.groupId, '2026-01-05', '2026-06-01');
    lead = await context.signedIn(world.lead);
  });

  const [first] = [0];
  const withRating =
    (score: unknown, measure: unknown = 'belonging') =>
    (ids: string[]) =>
      aSessionRequest(ids, { ratings: [{ memberId: ids[first], measure, score } as never] });

  it.each([
    ['a score above 10', withRating(11), 400, 'score must be a whole number from 0 to 10'],
    ['a score that is not a whole number', withRating(2.5), 400, 'score must be a whole number from 0 to 10'],
    ['a score given as text', withRating('7'), 400, 'score must be a whole number from 0 to 10'],
    ['an unknown measure', withRating(5, 'happiness'), 400, 'measure must be one of belonging, learning, accountability'],
    ['a date that does not exist', (ids: string[]) => aSessionRequest(ids, { heldOn: '2026-02-30' }), 400, 'heldOn must be a real date in the form YYYY-MM-DD'],
    ['a date in the future', (ids: string[]) => aSessionRequest(ids, { heldOn: '2099-01-01' }), 422, 'heldOn 2099-01-01 is in the future'],
    ['an unknown field', (ids: string[]) => ({ ...aSessionRequest(ids), memberName: 'x' }), 400, 'property memberName should not exist'],
    ['a duration of zero', (ids: string[]) => aSessionRequest(ids, { durationMinutes: 0 }), 400, 'durationMinutes must not be less than 1'],
    [
      'a note field over 20,000 characters',
      (ids: string[]) => aSessionRequest(ids, { note: aNote({ process: 'a'.repeat(20_001) }) }),
      400,
      'process must be shorter than or equal to 20000 characters',
    ],
    [
      'a malformed member id',
      (ids: string[]) => aSessionRequest(ids, { attendance: [{ memberId: 'not-a-uuid', status: 'present' }] }),
      400,
      'memberId must be a UUID',
    ],
    [
      'a rating for an absent member',
      (ids: string[]) =>
        aSessionRequest(ids, { attendance: [{ memberId: ids[0], status: 'absent' }], ratings: [{ memberId: ids[0], measure: 'learning', score: 4 }] }),
      422,
      'cannot be rated',
    ],
    [
      'the same rating twice',
      (ids: string[]) =>
        aSessionRequest(ids, {
          ratings: [
            { memberId: ids[0], measure: 'learning', score: 4 },
            { memberId: ids[0], measure: 'learning', score: 5 },
          ],
        }),
      422,
      'rated twice on learning',
    ],
  ])('refuses %s', async (_case, build, status, message) => {
    const before = await clinicalRowCounts(context.db, world.organizationId);
    const answer = await lead.post(`/api/groups/${world.groupId}/sessions`, build(world.memberIds));
    expect(answer.status).toBe(status);
    expect(answer.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(answer.json().errors)).toContain(message);
    expect(await clinicalRowCounts(context.db, world.organizationId)).toEqual(before);
  });

  it('names a bad nested field by its path', async () => {
    const answer = await lead.post(`/api/groups/${world.groupId}/sessions`, withRating(11)(world.memberIds));
    expect(answer.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ field: 'ratings[0].score', message: 'score must be a whole number from 0 to 10' }],
    });
  });

  it('refuses attendance for a member who is not enrolled on that day', async () => {
    const before = await clinicalRowCounts(context.db, world.organizationId);
    const answer = await lead.post(`/api/groups/${world.groupId}/sessions`, aSessionRequest([...world.memberIds, formerMember]));
    expect(answer.status).toBe(422);
    expect(answer.json()).toMatchObject({
      code: 'invalid_session_content',
      errors: [{ field: 'attendance[2].memberId', message: `member ${formerMember} is not enrolled in this group on 2026-11-17` }],
    });
    expect(await clinicalRowCounts(context.db, world.organizationId)).toEqual(before);
  });

  it('refuses free text with identifiers, naming each finding and its field', async () => {
    const before = await clinicalRowCounts(context.db, world.organizationId);
    const note = aNote({ process: 'Maria Gonzalez shared that her number is (555) 123-4567.' });
    const answer = await lead.post(`/api/groups/${world.groupId}/sessions`, aSessionRequest(world.memberIds, { note }));
    expect(answer.status).toBe(422);
    expect(answer.json().code).toBe('identifiers_found');
    expect(answer.json().findings).toEqual([
      { field: 'note.process', kind: 'name', start: 0, end: 14, text: 'Maria Gonzalez' },
      { field: 'note.process', kind: 'phone', start: 41, end: 55, text: '(555) 123-4567' },
    ]);
    expect(await clinicalRowCounts(context.db, world.organizationId)).toEqual(before);
  });

  it('saves when the writer marks a finding as not an identifier, and records that decision', async () => {
    const note = aNote({ interventions: 'Read a passage by Carl Rogers on acceptance.' });
    const refused = await lead.post(`/api/groups/${world.groupId}/sessions`, aSessionRequest(world.memberIds, { note }));
    expect(refused.json().findings).toEqual([expect.objectContaining({ kind: 'name', text: 'Carl Rogers' })]);

    const saved = await lead.post(
      `/api/groups/${world.groupId}/sessions`,
      aSessionRequest(world.memberIds, { note, notIdentifiers: [{ kind: 'name', text: 'Carl Rogers' }] }),
    );
    expect(saved.status).toBe(201);
    const overrides = await context.db.query(`SELECT user_id, field, kind, text FROM identifier_override WHERE session_id = $1`, [saved.json().id]);
    expect(overrides).toEqual([{ user_id: world.lead.id, field: 'note.interventions', kind: 'name', text: 'Carl Rogers' }]);
  });

  it('refuses to mark an email, a phone number, a URL or an IP address as not an identifier, and saves nothing', async () => {
    // An outside review marked all three of "Maria Gonzalez maria.g@gmail.com 312-555-0199" as not identifiers, and
    // the supervision pack printed them. A name can be a false positive (Hope, Carl Rogers); an email cannot.
    const before = await clinicalRowCounts(context.db, world.organizationId);
    const note = aNote({ process: 'Talked about maria.g@gmail.com and 312-555-0199.' });
    for (const marked of [
      { kind: 'email', text: 'maria.g@gmail.com' },
      { kind: 'phone', text: '312-555-0199' },
      { kind: 'url', text: 'https://example.org' },
      { kind: 'ip_address', text: '10.0.0.1' },
    ] as const) {
      const answer = await lead.post(`/api/groups/${world.groupId}/sessions`, aSessionRequest(world.memberIds, { note, notIdentifiers: [marked] }));
      expect(answer.status).toBe(400);
      expect(answer.json().errors).toEqual([
        expect.objectContaining({ field: 'notIdentifiers[0].kind', message: expect.stringMatching(/is an identifier whatever the note says/) }),
      ]);
    }
    expect(await clinicalRowCounts(context.db, world.organizationId)).toEqual(before);
  });

  it('checks free text without saving anything', async () => {
    const answer = await lead.post('/api/deidentification/check', { text: 'Email me at someone@example.org' });
    expect(answer.status).toBe(200);
    expect(answer.json()).toEqual({ findings: [{ kind: 'email', start: 12, end: 31, text: 'someone@example.org' }] });
  });
});
