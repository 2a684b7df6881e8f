import { type AlertSettings, DEFAULT_ALERT_SETTINGS, type GroupSessionClimate } from './alerts';
import { groupAlerts } from './group-alerts';

const sessions = (...means: (number | null)[]): GroupSessionClimate[] =>
  means.map((mean, i) => ({ sessionId: `g${i + 1}`, heldOn: `2026-08-${String(i + 1).padStart(2, '0')}`, benefitIndex: { n: mean === null ? 0 : 6, mean, sd: mean === null ? null : 1 } }));
const settings: AlertSettings = { ...DEFAULT_ALERT_SETTINGS, s1: { benefitIndex: 1.2 } };

/*
 * s1 = 1.2, r = 0.80: S_diff = √2 · 1.2 · √0.2 = 0.7589466384404110; threshold = 1.96 · S_diff = 1.4875354113432056 (mpmath).
 */
describe('climate-drop alerts: the group mean falls by more than its reliable-change threshold', () => {
  it('flags a latest mean of 5 after previous means of 7, 7.5, 7 and 6.5 (mean 7, a fall of 2)', () => {
    expect(groupAlerts(sessions(8, 7, 7.5, 7, 6.5, 5), settings)).toEqual([
      {
        kind: 'climate_drop',
        measure: null,
        sessionId: 'g6',
        detail: "The group's mean benefit index was 5 in the latest session, down from 7 over the previous 4 sessions, more than the reliable-change threshold of 1.5",
      },
    ]);
  });

  it('does not flag a fall of 1.4, within the threshold of 1.49', () => {
    expect(groupAlerts(sessions(7, 7.5, 7, 6.5, 5.6), settings)).toEqual([]);
  });

  it('skips sessions without ratings, both among the previous 4 and after the latest rated one', () => {
    const found = groupAlerts(sessions(7, null, 7.5, 7, 6.5, 5, null), settings);
    expect(found.map(({ kind, sessionId }) => [kind, sessionId])).toEqual([['climate_drop', 'g6']]);
  });

  it('needs 4 earlier sessions with a mean', () => {
    expect(groupAlerts(sessions(7.5, 7, 6.5, 2), settings)).toEqual([]);
    expect(groupAlerts(sessions(7.5, null, 7, 6.5, 2), settings)).toEqual([]);
  });

  it('needs the organization’s s1 for the benefit index', () => {
    expect(groupAlerts(sessions(7, 7.5, 7, 6.5, 2), DEFAULT_ALERT_SETTINGS)).toEqual([]);
  });
});
