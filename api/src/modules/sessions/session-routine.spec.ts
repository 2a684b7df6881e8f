import type { SessionDetail } from '@cohesion/contracts';
import { aClinicWorld, aNote, aSessionRequest, type ClinicWorld } from '../../../test/clinical-fixtures';
import { TEST_PASSWORD } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';
import { sessionContentHash } from './note-content-hash';

/** A facilitator's weekly routine through the API: record, correct, sign, amend; the supervisor co-signs. */
describe('recording, editing, signing and amending a session', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let lead: TestClient;

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 4);
    lead = await context.signedIn(world.lead);
  });

  it('runs the routine end to end', async () => {
    const [a, b, c, d] = world.memberIds;
    const request = aSessionRequest(world.memberIds, {
      attendance: [
        { memberId: a, status: 'present' },
        { memberId: b, status: 'late' },
        { memberId: c, status: 'absent' },
      ],
      ratings: [
        { memberId: a, measure: 'belonging', score: 8 },
        { memberId: a, measure: 'learning', score: 7 },
        { memberId: b, measure: 'accountability', score: 0, source: 'self_report' },
      ],
    });
    const created = await lead.post(`/api/groups/${world.groupId}/sessions`, request);
    expect(created.status).toBe(201);
    const draft = created.json<SessionDetail>();
    expect(draft).toMatchObject({ groupId: world.groupId, heldOn: '2026-11-17', status: 'draft', version: 1, signedAt: null, contentHash: null });
    expect(created.headers['etag']).toBe('"1"');
    expect(created.headers['cache-control']).toBe('no-store');
    expect(draft.attendance).toHaveLength(3);
    expect(draft.ratings.find((r) => r.memberId === b)).toMatchObject({ measure: 'accountability', score: 0, source: 'self_report' });
    expect(draft.ratings.find((r) => r.memberId === a && r.measure === 'belonging')?.source).toBe('facilitator_entered');
    expect(draft.note).toMatchObject({ themes: ['cravings', 'trust'], risk: { level: 'none', followUp: null }, memberObservations: [] });

    // Signing needs attendance for every enrolled member: d has none yet.
    const early = await lead.post(`/api/sessions/${draft.id}/sign`);
    expect(early.status).toBe(422);
    expect(early.json()).toMatchObject({
      code: 'not_ready_to_sign',
      errors: [{ field: 'attendance', message: 'attendance is missing for 1 enrolled member' }],
    });

    const completed = {
      ...request,
      attendance: [...(request.attendance ?? []), { memberId: d, status: 'excused' as const }],
      note: aNote({
        risk: { level: 'concern', followUp: 'Called the member after group; safety plan reviewed.' },
        memberObservations: [{ memberId: c, text: 'Messaged the group that they were unwell.' }],
      }),
    };
    const updated = await lead.request('PUT', `/api/sessions/${draft.id}`, completed, { 'if-match': '"1"' });
    expect(updated.status).toBe(200);
    expect(updated.json()).toMatchObject({ version: 2, note: { risk: { level: 'concern' } } });
    expect(updated.json().note.memberObservations).toEqual([expect.objectContaining({ memberId: c, text: 'Messaged the group that they were unwell.' })]);

    const stale = await lead.request('PUT', `/api/sessions/${draft.id}`, completed, { 'if-match': '1' });
    expect(stale.status).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'stale_version', currentVersion: 2 });
    expect((await lead.request('PUT', `/api/sessions/${draft.id}`, completed)).status).toBe(428);

    const signed = await lead.post(`/api/sessions/${draft.id}/sign`);
    expect(signed.status).toBe(200);
    expect(signed.json()).toMatchObject({ status: 'signed', version: 3, contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const afterSigning = await lead.get(`/api/sessions/${draft.id}`);
    const session = afterSigning.json<SessionDetail>();
    expect(session).toMatchObject({ status: 'signed', signedBy: { id: world.lead.id, displayName: 'Lena Lead' }, contentHash: signed.json().contentHash });
    expect(
      sessionContentHash({
        sessionId: session.id,
        groupId: session.groupId,
        heldOn: session.heldOn,
        durationMinutes: session.durationMinutes,
        note: {
          themes: session.note.themes,
          process: session.note.process,
          interventions: session.note.interventions,
          riskLevel: session.note.risk.level,
          riskFollowUp: session.note.risk.followUp,
          plan: session.note.plan,
          feedbackDiscussed: session.note.feedbackDiscussed,
        },
        attendance: session.attendance.map(({ memberId, status }) => ({ memberId, status })),
        ratings: session.ratings.map(({ memberId, measure, score, source }) => ({ memberId, measure, score, source })),
        observations: session.note.memberObservations.map(({ memberId, text }) => ({ memberId, text })),
      }),
    ).toBe(session.contentHash);

    const editSigned = await lead.request('PUT', `/api/sessions/${draft.id}`, completed, { 'if-match': '3' });
    expect(editSigned.status).toBe(409);
    expect(editSigned.json().code).toBe('session_signed');
    expect((await lead.post(`/api/sessions/${draft.id}/sign`)).json().code).toBe('session_signed');

    const addendum = await lead.post(`/api/sessions/${draft.id}/addenda`, { text: 'Correction: member c had notified the clinic the day before.' });
    expect(addendum.status).toBe(201);
    expect(addendum.json()).toMatchObject({ author: { id: world.lead.id }, text: 'Correction: member c had notified the clinic the day before.' });

    const supervisor = new TestClient(context.app);
    await supervisor.signIn(world.supervisor.email, TEST_PASSWORD);
    const cosigned = await supervisor.post(`/api/sessions/${draft.id}/cosign`);
    expect(cosigned.status).toBe(200);
    expect(cosigned.json()).toMatchObject({ cosignedBy: { id: world.supervisor.id, displayName: 'Sue Supervisor' } });
    expect((await supervisor.post(`/api/sessions/${draft.id}/cosign`)).json().code).toBe('already_cosigned');

    const final = (await supervisor.get(`/api/sessions/${draft.id}`)).json<SessionDetail>();
    expect(final).toMatchObject({ status: 'signed', version: 3, cosignedBy: { id: world.supervisor.id } });
    expect(final.addenda).toHaveLength(1);
  });

  it('lists a group’s sessions newest first, filtered by date and paginated', async () => {
    const world2 = await aClinicWorld(context.db, 2);
    const client = new TestClient(context.app);
    await client.signIn(world2.lead.email, TEST_PASSWORD);
    for (const heldOn of ['2026-10-06', '2026-10-13', '2026-10-20', '2026-10-27']) {
      expect((await client.post(`/api/groups/${world2.groupId}/sessions`, aSessionRequest(world2.memberIds, { heldOn }))).status).toBe(201);
    }
    const page = await client.get(`/api/groups/${world2.groupId}/sessions?from=2026-10-10&to=2026-10-31&limit=2&offset=0`);
    expect(page.status).toBe(200);
    expect(page.json().total).toBe(3);
    expect(page.json().items.map((s: { heldOn: string }) => s.heldOn)).toEqual(['2026-10-27', '2026-10-20']);
    expect(page.json().items[0]).toMatchObject({ status: 'draft', presentCount: 2, riskLevel: 'none' });
    expect((await client.get(`/api/groups/${world2.groupId}/sessions?from=2026-11-01&to=2026-10-01`)).json().code).toBe('invalid_range');
    expect((await client.get(`/api/groups/${world2.groupId}/sessions?limit=101`)).status).toBe(400);
  });
});
