import type { ThemeUse } from '@cohesion/contracts';
import { aClinicWorld, aNote, aSessionRequest, type ClinicWorld } from '../../../test/clinical-fixtures';
import type { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';

describe('theme suggestions of a group', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let lead: TestClient;

  const noteWithThemes = async (heldOn: string, themes: string[]) => {
    const created = await lead.post(`/api/groups/${world.groupId}/sessions`, aSessionRequest(world.memberIds, { heldOn, note: aNote({ themes }) }));
    expect(created.status).toBe(201);
  };

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 2);
    lead = await context.signedIn(world.lead);
    await noteWithThemes('2026-11-03', ['trust', 'cravings']);
    await noteWithThemes('2026-11-10', ['trust', 'family']);
    await noteWithThemes('2026-11-17', ['cravings', 'trust', 'sleep']);
  });

  it('lists the group’s themes most used first, then the most recent, with how often and when last', async () => {
    const response = await lead.get(`/api/groups/${world.groupId}/sessions/themes`);
    expect(response.status).toBe(200);
    expect(response.json<ThemeUse[]>()).toEqual([
      { theme: 'trust', sessions: 3, lastHeldOn: '2026-11-17' },
      { theme: 'cravings', sessions: 2, lastHeldOn: '2026-11-17' },
      { theme: 'sleep', sessions: 1, lastHeldOn: '2026-11-17' },
      { theme: 'family', sessions: 1, lastHeldOn: '2026-11-10' },
    ]);
  });

  it('keeps another facilitator’s group to itself (404) and answers a group without notes with none', async () => {
    const other = await context.signedIn(world.otherFacilitator);
    expect((await other.get(`/api/groups/${world.groupId}/sessions/themes`)).status).toBe(404);
    const otherGroup = (await other.get('/api/groups')).json<{ id: string }[]>()[0];
    expect((await other.get(`/api/groups/${otherGroup.id}/sessions/themes`)).json()).toEqual([]);
  });
});
