import { findIdentifiers } from '@cohesion/deidentification';
import type { SessionRecord } from './group-history';
import { writeNote, writeObservations } from './session-note';
import { SynthRandom } from './synth-random';
import { NOTE_TEMPLATES, PROGRAMS } from './synth-vocabulary';

describe('synthetic session notes', () => {
  it('use only text the identifier check lets through, so a draft can be saved again as it is', () => {
    const texts = [
      ...Object.values(NOTE_TEMPLATES).flat(),
      ...PROGRAMS.flatMap((p) => [p.name, ...p.themes]),
      "Shared last session's ratings: belonging 6.4 across 8 members.",
    ];
    expect(texts.filter((text) => findIdentifiers(text).length > 0)).toEqual([]);
  });

  it('write themes of the program, a follow-up for every risk concern, and the previous session’s ratings as feedback', () => {
    const random = new SynthRandom(5);
    const previous: SessionRecord = {
      index: 0,
      attendance: [],
      strugglingMemberIds: [],
      ratings: [
        { memberId: 'a', measure: 'belonging', score: 6, source: 'facilitator_entered' },
        { memberId: 'b', measure: 'belonging', score: 7, source: 'self_report' },
      ],
    };
    const notes = Array.from({ length: 400 }, () => writeNote(PROGRAMS[2].themes, previous, random));
    for (const note of notes) {
      expect(note.themes.length).toBeGreaterThanOrEqual(1);
      expect(note.themes.every((t) => PROGRAMS[2].themes.includes(t))).toBe(true);
      expect(note.riskLevel === 'concern').toBe(note.riskFollowUp !== null);
    }
    expect(notes.filter((n) => n.riskLevel === 'concern').length).toBeLessThan(20);
    expect(notes[0].feedbackDiscussed).toBe("Shared last session's ratings: belonging 6.5 across 2 members.");
    expect(writeNote(PROGRAMS[2].themes, null, random).feedbackDiscussed).toMatch(/^First session/);
  });

  it('observe only members who struggled', () => {
    const session: SessionRecord = { index: 3, attendance: [], ratings: [], strugglingMemberIds: ['a', 'b', 'c'] };
    const observed = Array.from({ length: 50 }, (_, i) => writeObservations(session, new SynthRandom(i))).flat();
    expect(observed.length).toBeGreaterThan(0);
    expect(new Set(observed.map((o) => o.memberId))).toEqual(new Set(['a', 'b', 'c']));
  });
});
