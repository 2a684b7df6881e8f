import { type AlertSettings, DEFAULT_ALERT_SETTINGS, type MemberSession } from './alerts';
import { memberAlerts } from './member-alerts';

const rated = (sessionId: string, scores: MemberSession['scores']): MemberSession => ({
  sessionId,
  heldOn: `2026-02-0${sessionId.slice(1)}`,
  attendance: 'present',
  scores,
});
const settings: AlertSettings = { ...DEFAULT_ALERT_SETTINGS, s1: { learning: 2, belonging: 2 } };

/*
 * s1 = 2, r = 0.80: S_diff = √2 · 2 · √0.2 = 1.2649110640673518 (mpmath), so a fall is reliable from 1.96 · S_diff = 2.479 points.
 */
describe('declining alerts: reliable deterioration from the member’s baseline', () => {
  it('flags learning falling from a baseline of 7.5 to 5, and not belonging falling from 9 to 7', () => {
    // learning: baseline (8 + 7) / 2 = 7.5; RC = (5 − 7.5) / 1.26491 = −1.9764235376052370 → reliable, shown as −1.98
    // belonging: baseline 9; RC = (7 − 9) / 1.26491 = −1.5811388300841898 → within measurement error
    const history = [rated('s1', { learning: 8, belonging: 9 }), rated('s2', { learning: 7, belonging: 9 }), rated('s3', { learning: 5, belonging: 7 })];
    expect(memberAlerts(history, [], settings)).toEqual([
      { kind: 'declining', measure: 'learning', sessionId: 's3', detail: 'Learning fell from a baseline of 7.5 to 5 (reliable change index \u22121.98)' },
    ]);
  });

  it('compares the latest score with the first two, whatever lies between', () => {
    // baseline (8 + 7) / 2 = 7.5, latest 3: RC = −4.5 / 1.26491 = −3.5575623676894267 → −3.56 (and 3 is also low)
    const history = [rated('s1', { learning: 8 }), rated('s2', { learning: 7 }), rated('s3', { learning: 9 }), rated('s4', { learning: 3 })];
    expect(memberAlerts(history, [], settings)).toEqual([
      { kind: 'low', measure: 'learning', sessionId: 's4', detail: 'Learning 3 in the latest session attended (threshold 4)' },
      { kind: 'declining', measure: 'learning', sessionId: 's4', detail: 'Learning fell from a baseline of 7.5 to 3 (reliable change index \u22123.56)' },
    ]);
  });

  it('needs 3 rated sessions: a baseline and one more', () => {
    expect(memberAlerts([rated('s1', { learning: 9 }), rated('s2', { learning: 5 })], [], settings)).toEqual([]);
  });

  it('raises nothing for a measure whose s1 the organization has not estimated yet', () => {
    // accountability 9, 9, 5 would be RC −3.16 with s1 = 2, but settings.s1 has no accountability.
    const history = [rated('s1', { accountability: 9 }), rated('s2', { accountability: 9 }), rated('s3', { accountability: 5 })];
    expect(memberAlerts(history, [], settings)).toEqual([]);
  });

  it('raises nothing for a reliable improvement', () => {
    expect(memberAlerts([rated('s1', { learning: 3 }), rated('s2', { learning: 4 }), rated('s3', { learning: 9 })], [], settings)).toEqual([]);
  });
});
