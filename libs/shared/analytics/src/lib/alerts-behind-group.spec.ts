import { DEFAULT_ALERT_SETTINGS, type GroupSessionClimate, type MemberSession } from './alerts';
import { memberAlerts } from './member-alerts';

const climate = (sessionId: string, mean: number | null, sd: number | null, n = 8): GroupSessionClimate => ({ sessionId, heldOn: `2026-03-0${sessionId.slice(1)}`, benefitIndex: { n, mean, sd } });
const rated = (sessionId: string, scores: MemberSession['scores']): MemberSession => ({ sessionId, heldOn: `2026-03-0${sessionId.slice(1)}`, attendance: 'present', scores });

describe('behind-the-group alerts: benefit index at least 1 SD below the group mean twice in a row', () => {
  const group = [climate('g1', 7, 1), climate('g2', 7.5, 1.2), climate('g3', 7, 1.5), climate('g4', 6.8, 0.9)];

  it('flags a member 1.5 and then 2 points below the group in consecutive sessions', () => {
    // g2: index (6 + 7 + 5) / 3 = 6, group 7.5 − 1.2 = 6.3 ≥ 6 ✓; g3: index (5 + 5 + 5) / 3 = 5, group 7 − 1.5 = 5.5 ≥ 5 ✓
    const history = [rated('g1', { belonging: 7, learning: 7, accountability: 7 }), rated('g2', { belonging: 6, learning: 7, accountability: 5 }), rated('g3', { belonging: 5, learning: 5, accountability: 5 })];
    expect(memberAlerts(history, group, DEFAULT_ALERT_SETTINGS)).toEqual([
      {
        kind: 'behind_group',
        measure: null,
        sessionId: 'g3',
        detail: 'Benefit index 6 and then 5 in 2 consecutive sessions, each at least 1 SD below the group mean (group mean 7.5, SD 1.2; then group mean 7, SD 1.5)',
      },
    ]);
  });

  it('stops flagging once the latest session is within 1 SD', () => {
    // g4: index 6, group 6.8 − 0.9 = 5.9 < 6 ✗
    const history = [rated('g2', { belonging: 6, learning: 7, accountability: 5 }), rated('g3', { belonging: 5, learning: 5, accountability: 5 }), rated('g4', { belonging: 6, learning: 6, accountability: 6 })];
    expect(memberAlerts(history, group, DEFAULT_ALERT_SETTINGS)).toEqual([]);
  });

  it('counts exactly 1 SD below, even when the subtraction is not exact in floating point', () => {
    // 6.1 − 5 = 1.0999999999999996 in doubles, which is 1 SD of 1.1.
    const near = [climate('g1', 6.1, 1.1), climate('g2', 6.1, 1.1)];
    const history = [rated('g1', { belonging: 5 }), rated('g2', { learning: 5 })];
    expect(memberAlerts(history, near, DEFAULT_ALERT_SETTINGS).map((finding) => finding.kind)).toEqual(['behind_group']);
  });

  it('needs a group SD: none for a session with one rated member, none when everyone scored the same', () => {
    const history = [rated('g1', { belonging: 5 }), rated('g2', { belonging: 5 })];
    expect(memberAlerts(history, [climate('g1', 8, 1), climate('g2', 5, null, 1)], DEFAULT_ALERT_SETTINGS)).toEqual([]);
    expect(memberAlerts(history, [climate('g1', 8, 1), climate('g2', 5, 0)], DEFAULT_ALERT_SETTINGS)).toEqual([]);
  });

  it('needs both sessions below, not one', () => {
    const history = [rated('g1', { belonging: 7 }), rated('g2', { belonging: 5 })];
    expect(memberAlerts(history, group, DEFAULT_ALERT_SETTINGS)).toEqual([]);
  });
});
