import { type AlertSettings, DEFAULT_ALERT_SETTINGS, type GroupSessionClimate, type MemberSession } from './alerts';
import { memberAlerts } from './member-alerts';

const group: GroupSessionClimate[] = ['g1', 'g2', 'g3', 'g4', 'g5'].map((sessionId, i) => ({
  sessionId,
  heldOn: `2026-05-0${i + 1}`,
  benefitIndex: { n: 6, mean: 8, sd: 1 },
}));
const entry = (sessionId: string, attendance: MemberSession['attendance'], scores: MemberSession['scores'] = {}): MemberSession => ({
  sessionId,
  heldOn: `2026-05-0${sessionId.slice(1)}`,
  attendance,
  scores,
});
const settings: AlertSettings = { ...DEFAULT_ALERT_SETTINGS, s1: { learning: 2 } };

describe('alerts when a member has no record for some group sessions', () => {
  it('does not call two absences consecutive when the group met in between', () => {
    // The member has no attendance for g3 (on leave), so g2 and g4 are not 2 consecutive sessions.
    const history = [entry('g1', 'present', { belonging: 8 }), entry('g2', 'absent'), entry('g4', 'absent')];
    expect(memberAlerts(history, group, settings)).toEqual([]);
  });

  it('does not call two low benefit indexes consecutive when the group met in between', () => {
    // Indexes 5 in g2 and g4 are both 3 SD below the group mean of 8, but the member missed g3.
    const history = [entry('g2', 'present', { belonging: 5 }), entry('g3', 'excused'), entry('g4', 'present', { belonging: 5 })];
    expect(memberAlerts(history, group, settings)).toEqual([]);
  });

  it('does not raise sequence alerts for sessions the group list does not know', () => {
    const history = [entry('x1', 'absent'), entry('x2', 'absent')];
    expect(memberAlerts(history, group, settings)).toEqual([]);
  });

  it('counts only the sessions that rated a measure towards its baseline and latest score', () => {
    // learning rated in g1 (8), g2 (7) and g5 (5); g3 was excused and g4 rated belonging only.
    // baseline 7.5, latest 5: RC = −2.5 / (√2 · 2 · √0.2) = −1.9764235376052370 → reliable (mpmath)
    const history = [
      entry('g1', 'present', { learning: 8, belonging: 8 }),
      entry('g2', 'present', { learning: 7, belonging: 8 }),
      entry('g3', 'excused'),
      entry('g4', 'late', { belonging: 8 }),
      entry('g5', 'present', { learning: 5 }),
    ];
    expect(memberAlerts(history, group, settings)).toEqual([
      { kind: 'declining', measure: 'learning', sessionId: 'g5', detail: 'Learning fell from a baseline of 7.5 to 5 (reliable change index \u22121.98)' },
    ]);
  });
});
