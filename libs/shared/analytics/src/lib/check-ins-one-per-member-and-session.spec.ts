import { type AlertSettings, DEFAULT_ALERT_SETTINGS, type GroupSessionClimate, type MemberSession } from './alerts';
import { checkInsOf } from './check-ins';
import { memberAlerts } from './member-alerts';

const session = (i: number, attendance: MemberSession['attendance'], scores: MemberSession['scores']): MemberSession => ({
  sessionId: `s${i}`,
  heldOn: `2026-04-0${i}`,
  attendance,
  scores,
});
const settings: AlertSettings = { ...DEFAULT_ALERT_SETTINGS, s1: { belonging: 2, learning: 2, accountability: 2 } };

describe('check-ins: one per member per session, listing its reasons', () => {
  it('gathers a member in trouble today into one check-in with 7 reasons, rule by rule and measure by measure', () => {
    // 9, 9, 4, then 2 on every measure: each measure declines (RC = −7 / 1.2649 = −5.53) and is low today; the 3
    // others rate 8, 9 and 10 (mean 9, SD 1), so 4 and then 2 are far behind them.
    const stats = (n: number, mean: number, variance: number) => ({ n, mean, sd: Math.sqrt(variance) });
    const benefit = [stats(4, 9, 2 / 3), stats(4, 9, 2 / 3), stats(4, 7.75, 20.75 / 3), stats(4, 7.25, 38.75 / 3)];
    const group: GroupSessionClimate[] = benefit.map((benefitIndex, i) => ({ sessionId: `s${i + 1}`, heldOn: `2026-04-0${i + 1}`, benefitIndex }));
    const all = (score: number) => ({ belonging: score, learning: score, accountability: score });
    const history = [session(1, 'present', all(9)), session(2, 'present', all(9)), session(3, 'present', all(4)), session(4, 'late', all(2))];
    const findings = memberAlerts(history, group, settings);
    const checkIns = checkInsOf(findings);
    expect(checkIns).toHaveLength(1);
    expect(checkIns[0].sessionId).toBe('s4');
    expect(checkIns[0].reasons.map((r) => `${r.kind}:${r.measure}`)).toEqual([
      'declining:belonging',
      'declining:learning',
      'declining:accountability',
      'low:belonging',
      'low:learning',
      'low:accountability',
      'behind_group:null',
    ]);
  });

  it('keeps findings of different sessions apart', () => {
    const checkIns = checkInsOf([
      { kind: 'disengaging', measure: null, sessionId: 's5', detail: 'Absent' },
      { kind: 'declining', measure: 'learning', sessionId: 's3', detail: 'Fell' },
      { kind: 'behind_group', measure: null, sessionId: 's5', detail: 'Behind' },
    ]);
    expect(checkIns).toEqual([
      {
        sessionId: 's5',
        reasons: [
          { kind: 'behind_group', measure: null, detail: 'Behind' },
          { kind: 'disengaging', measure: null, detail: 'Absent' },
        ],
      },
      { sessionId: 's3', reasons: [{ kind: 'declining', measure: 'learning', detail: 'Fell' }] },
    ]);
  });

  it('has nothing to say when nothing was found', () => {
    expect(checkInsOf([])).toEqual([]);
  });
});
