import type { MemberSummary } from '@cohesion/contracts';
import { emptyDraft, enrolledOn, parseScore, toRequest } from './session-draft';

const member = (id: string, joinedOn: string, leftOn: string | null = null): MemberSummary => ({ id, code: `M-${id}`, joinedOn, leftOn, exitReason: null });

describe('session draft', () => {
  const members = [member('a', '2026-01-05'), member('b', '2026-11-20'), member('c', '2026-01-05', '2026-11-17'), member('d', '2026-01-05', '2026-11-18')];

  it('counts as enrolled those who joined by the day and had not left by it (leaving that day ends it)', () => {
    expect(enrolledOn(members, '2026-11-17').map((m) => m.id)).toEqual(['a', 'd']);
  });

  it('sends attendance of enrolled members, ratings of attending ones only, and no note until one is written', () => {
    const draft = {
      ...emptyDraft('2026-11-17'),
      attendance: { a: 'present' as const, d: 'absent' as const, c: 'present' as const },
      ratings: { a: { belonging: 7, learning: 10 }, d: { belonging: 3 } },
    };
    expect(toRequest(draft, enrolledOn(members, '2026-11-17'))).toEqual({
      heldOn: '2026-11-17',
      durationMinutes: 90,
      attendance: [
        { memberId: 'a', status: 'present' },
        { memberId: 'd', status: 'absent' },
      ],
      ratings: [
        { memberId: 'a', measure: 'belonging', score: 7 },
        { memberId: 'a', measure: 'learning', score: 10 },
      ],
    });
  });

  it('sends the whole note once anything is written, the follow-up only with a risk concern, and the dismissed findings', () => {
    const request = toRequest(
      { ...emptyDraft('2026-11-17'), plan: 'Continue', riskFollowUp: 'left over', notIdentifiers: [{ kind: 'name', text: 'Hope' }] },
      [],
    );
    expect(request.note).toEqual({
      themes: [],
      process: '',
      interventions: '',
      risk: { level: 'none', followUp: null },
      plan: 'Continue',
      feedbackDiscussed: '',
    });
    expect(request.notIdentifiers).toEqual([{ kind: 'name', text: 'Hope' }]);
  });

  it('reads a typed score: 0 to 10, empty, or not a score', () => {
    expect([parseScore('0'), parseScore('10'), parseScore(' 7 '), parseScore(''), parseScore('11'), parseScore('7.5'), parseScore('x')]).toEqual([
      0,
      10,
      7,
      null,
      'invalid',
      'invalid',
      'invalid',
    ]);
  });
});
