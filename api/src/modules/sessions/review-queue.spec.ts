import type { ReviewQueueItem, SessionDetail } from '@cohesion/contracts';
import { aClinicWorld, aNote, aSessionRequest, type ClinicWorld } from '../../../test/clinical-fixtures';
import type { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';

describe('supervisor review queue', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let lead: TestClient;

  const signedSession = async (heldOn: string, risk: 'none' | 'concern'): Promise<SessionDetail> => {
    const note = aNote({ risk: risk === 'concern' ? { level: 'concern', followUp: 'Call the member tomorrow.' } : { level: 'none', followUp: null } });
    const created = await lead.post(`/api/groups/${world.groupId}/sessions`, aSessionRequest(world.memberIds, { heldOn, note }));
    expect(created.status).toBe(201);
    expect((await lead.post(`/api/sessions/${created.json().id}/sign`)).status).toBe(200);
    return created.json();
  };

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 2);
    lead = await context.signedIn(world.lead);
  });

  it('lists the signed notes waiting for co-signature, risk concerns first then the oldest; a co-signed note leaves it', async () => {
    const older = await signedSession('2026-11-03', 'none');
    const withConcern = await signedSession('2026-11-10', 'concern');
    const draft = await lead.post(`/api/groups/${world.groupId}/sessions`, aSessionRequest(world.memberIds, { heldOn: '2026-11-12' }));
    expect(draft.status).toBe(201);

    const supervisor = await context.signedIn(world.supervisor);
    const queue = (await supervisor.get('/api/sessions/review-queue')).json<ReviewQueueItem[]>();
    expect(queue.map((item) => [item.sessionId, item.riskLevel])).toEqual([
      [withConcern.id, 'concern'],
      [older.id, 'none'],
    ]);
    expect(queue[0]).toMatchObject({
      groupName: 'Tuesday circle',
      heldOn: '2026-11-10',
      signedBy: { id: world.lead.id, displayName: 'Lena Lead' },
      presentCount: 2,
    });

    expect((await supervisor.post(`/api/sessions/${withConcern.id}/cosign`)).status).toBe(200);
    expect((await supervisor.get('/api/sessions/review-queue')).json<ReviewQueueItem[]>().map((item) => item.sessionId)).toEqual([older.id]);
    expect((await (await context.signedIn(world.unrelatedSupervisor)).get('/api/sessions/review-queue')).json()).toEqual([]);
  });
});
