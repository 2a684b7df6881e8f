import type { SessionDetail } from '@cohesion/contracts';
import { aClinicWorld, aNote, aSessionRequest } from '../../../test/clinical-fixtures';
import { pdfText } from '../../../test/pdf-text';
import { useTestApp } from '../../../test/test-context';

/**
 * A signed note written in Greek, Cyrillic, Polish and Turkish comes back from the supervision pack as written: the
 * pack embeds a subset of DejaVu Sans and keeps its text real (before, WinAnsi turned every such letter into `?`).
 */
describe('the supervision pack prints every script of a note as written', () => {
  const context = useTestApp();
  const WRITTEN = {
    greek: 'Η ομάδα μίλησε για την εμπιστοσύνη και τον φόβο.',
    cyrillic: 'Группа говорила о доверии; всё прошло спокойно.',
    polish: 'Zażółć gęślą jaźń: grupa rozmawiała o zaufaniu.',
    turkish: 'Grup güven üzerine konuştu; ılık, şeffaf, çığ, İyi.',
  };

  it('gives back Greek, Cyrillic, Polish and Turkish text as written, with its minus sign, in an embedded subset font', async () => {
    const world = await aClinicWorld(context.db, 2);
    const lead = await context.signedIn(world.lead);
    const created = await lead.post(
      `/api/groups/${world.groupId}/sessions`,
      aSessionRequest(world.memberIds, {
        heldOn: '2026-09-08',
        note: aNote({ process: `${WRITTEN.greek} ${WRITTEN.cyrillic}`, interventions: WRITTEN.polish, plan: `${WRITTEN.turkish} Mood \u22122.` }),
      }),
    );
    expect(created.status).toBe(201);
    expect((await lead.post(`/api/sessions/${created.json<SessionDetail>().id}/sign`)).status).toBe(200);

    const response = await lead.request('GET', `/api/reports/supervision.pdf?scope=group&id=${world.groupId}&from=2026-09-01&to=2026-09-30`);
    expect(response.status).toBe(200);
    const { text } = await pdfText(response.rawPayload);
    for (const sentence of Object.values(WRITTEN)) expect(text).toContain(sentence);
    expect(text).toContain('Mood \u22122.');
    expect(text).not.toMatch(/\?{3}/);
    const raw = response.rawPayload.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(raw).toContain('/ToUnicode');
    expect(raw).not.toContain('/Helvetica');
  });
});
