import { type AlertSettings, DEFAULT_ALERT_SETTINGS, type MemberSession } from './alerts';
import { memberAlerts } from './member-alerts';

const rated = (sessionId: string, heldOn: string, scores: MemberSession['scores'], attendance: MemberSession['attendance'] = 'present'): MemberSession => ({
  sessionId,
  heldOn,
  attendance,
  scores,
});

describe('low alerts: a score at or below the threshold in the member’s latest attended session', () => {
  it('flags each measure at or below 4 in the latest session, and only those', () => {
    const history = [
      rated('s1', '2026-01-06', { belonging: 6, learning: 7, accountability: 6 }),
      rated('s2', '2026-01-13', { belonging: 3, learning: 4, accountability: 5 }),
    ];
    expect(memberAlerts(history, [], DEFAULT_ALERT_SETTINGS)).toEqual([
      { kind: 'low', measure: 'belonging', sessionId: 's2', detail: 'Belonging 3 in the latest session attended (threshold 4)' },
      { kind: 'low', measure: 'learning', sessionId: 's2', detail: 'Learning 4 in the latest session attended (threshold 4)' },
    ]);
  });

  it('forgets a low score once a later one is above the threshold', () => {
    const history = [rated('s1', '2026-01-06', { belonging: 2 }), rated('s2', '2026-01-13', { belonging: 7 })];
    expect(memberAlerts(history, [], DEFAULT_ALERT_SETTINGS)).toEqual([]);
  });

  it('never reads a stale score: a measure the latest attended session did not rate raises nothing', () => {
    // s2 rated learning only, so belonging's 3 of s1 is no longer today's.
    const history = [rated('s1', '2026-01-06', { belonging: 3, learning: 6 }), rated('s2', '2026-01-13', { learning: 8 })];
    expect(memberAlerts(history, [], DEFAULT_ALERT_SETTINGS)).toEqual([]);
  });

  it('reads the latest session the member attended (late counts), not a later absence', () => {
    const history = [rated('s1', '2026-01-06', { belonging: 3 }, 'late'), rated('s2', '2026-01-13', {}, 'excused')];
    expect(memberAlerts(history, [], DEFAULT_ALERT_SETTINGS)).toEqual([
      { kind: 'low', measure: 'belonging', sessionId: 's1', detail: 'Belonging 3 in the latest session attended (threshold 4)' },
    ]);
  });

  it('raises nothing when the latest attended session has no ratings, even after low ones', () => {
    const history = [rated('s1', '2026-01-06', { belonging: 1, learning: 1 }), rated('s2', '2026-01-13', {})];
    expect(memberAlerts(history, [], DEFAULT_ALERT_SETTINGS)).toEqual([]);
  });

  it('uses the organization’s threshold per measure', () => {
    const settings: AlertSettings = { ...DEFAULT_ALERT_SETTINGS, lowThreshold: { belonging: 2, learning: 4, accountability: 5 } };
    const history = [rated('s1', '2026-01-06', { belonging: 3, learning: 5, accountability: 5 })];
    expect(memberAlerts(history, [], settings)).toEqual([
      { kind: 'low', measure: 'accountability', sessionId: 's1', detail: 'Accountability 5 in the latest session attended (threshold 5)' },
    ]);
  });

  it('raises nothing for a member never rated', () => {
    expect(memberAlerts([], [], DEFAULT_ALERT_SETTINGS)).toEqual([]);
    expect(memberAlerts([{ sessionId: 's1', heldOn: '2026-01-06', attendance: 'excused', scores: {} }], [], DEFAULT_ALERT_SETTINGS)).toEqual([]);
  });
});
