import { type AlertSettings, DEFAULT_ALERT_SETTINGS, type GroupSessionClimate, type MemberSession } from './alerts';
import { memberAlerts } from './member-alerts';

// A rolling group that met 6 times; the member joined at its 4th session.
const group: GroupSessionClimate[] = [
  { sessionId: 'g1', heldOn: '2026-06-01', benefitIndex: { n: 7, mean: 7, sd: 1 } },
  { sessionId: 'g2', heldOn: '2026-06-08', benefitIndex: { n: 7, mean: 7.2, sd: 1 } },
  { sessionId: 'g3', heldOn: '2026-06-15', benefitIndex: { n: 6, mean: 7.4, sd: 1.1 } },
  { sessionId: 'g4', heldOn: '2026-06-22', benefitIndex: { n: 8, mean: 7.6, sd: 1.2 } },
  { sessionId: 'g5', heldOn: '2026-06-29', benefitIndex: { n: 8, mean: 7.5, sd: 1 } },
  { sessionId: 'g6', heldOn: '2026-07-06', benefitIndex: { n: 8, mean: 7.2, sd: 1.1 } },
];
const settings: AlertSettings = { ...DEFAULT_ALERT_SETTINGS, s1: { belonging: 2 } };

describe('alerts for a member who joined a rolling group late', () => {
  it('takes the baseline from the member’s own first 2 sessions and compares the group session by session', () => {
    const history: MemberSession[] = [
      { sessionId: 'g4', heldOn: '2026-06-22', attendance: 'present', scores: { belonging: 8, learning: 8, accountability: 8 } },
      { sessionId: 'g5', heldOn: '2026-06-29', attendance: 'present', scores: { belonging: 8, learning: 5, accountability: 5 } },
      { sessionId: 'g6', heldOn: '2026-07-06', attendance: 'late', scores: { belonging: 5, learning: 5, accountability: 5 } },
    ];
    // belonging: baseline (8 + 8) / 2 = 8 from g4 and g5, latest 5: RC = −3 / 1.2649110640673518 = −2.3717082451262845 → −2.37
    // benefit index g5: (8 + 5 + 5) / 3 = 6; the 7 others: Σ = 60 − 6 = 54, mean 7.714, Σx² = 7 · 1 + 8 · 7.5² − 36 = 421,
    // SD √((421 − 54²/7) / 6) = 0.859, so 6 ≤ 7.714 − 0.859 ✓; g6: 5 against 52.6 / 7 = 7.514 and SD 0.700 ✓; consecutive.
    expect(memberAlerts(history, group, settings)).toEqual([
      { kind: 'declining', measure: 'belonging', sessionId: 'g6', detail: 'Belonging fell from a baseline of 8 to 5 (reliable change index \u22122.37)' },
      {
        kind: 'behind_group',
        measure: null,
        sessionId: 'g6',
        detail:
          'Benefit index 6 and then 5 in 2 consecutive sessions, each at least 1 SD below the other members (7 others: mean 7.7, SD 0.9; then 7 others: mean 7.5, SD 0.7)',
      },
    ]);
  });

  it('can fall behind the group after 2 sessions but cannot decline before a third', () => {
    const history: MemberSession[] = [
      { sessionId: 'g5', heldOn: '2026-06-29', attendance: 'present', scores: { belonging: 6 } },
      { sessionId: 'g6', heldOn: '2026-07-06', attendance: 'present', scores: { belonging: 5 } },
    ];
    expect(memberAlerts(history, group, settings).map((finding) => finding.kind)).toEqual(['behind_group']);
  });
});
