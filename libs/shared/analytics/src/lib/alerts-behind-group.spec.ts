import { DEFAULT_ALERT_SETTINGS, type GroupSessionClimate, type MemberSession } from './alerts';
import { memberAlerts } from './member-alerts';

/** A session's benefit-index summary over every member who rated it, the member in question included (as stored). */
const climate = (sessionId: string, n: number, mean: number | null, sd: number | null): GroupSessionClimate => ({
  sessionId,
  heldOn: `2026-03-0${sessionId.slice(1)}`,
  benefitIndex: { n, mean, sd },
});
const rated = (sessionId: string, scores: MemberSession['scores']): MemberSession => ({
  sessionId,
  heldOn: `2026-03-0${sessionId.slice(1)}`,
  attendance: 'present',
  scores,
});
const sevens = { belonging: 7, learning: 7, accountability: 7 };

/*
 * Others 9, 8 and 7 with the member at 7: all four have mean 7.75 and SD √(11/12) = 0.9574, so 7 is only 0.78 SD
 * below when the member is counted in; the others alone have mean 8 and SD 1, so 7 is 1 SD below them.
 */
const withMember = climate('g1', 4, 7.75, Math.sqrt(11 / 12));

describe('behind-the-group alerts: benefit index at least 1 SD below the other members twice in a row', () => {
  it('flags a member exactly 1 SD below the 3 others, whom the whole-group mean and SD would not flag', () => {
    const group = [withMember, { ...withMember, sessionId: 'g2', heldOn: '2026-03-02' }];
    expect(memberAlerts([rated('g1', sevens), rated('g2', sevens)], group, DEFAULT_ALERT_SETTINGS)).toEqual([
      {
        kind: 'behind_group',
        measure: null,
        sessionId: 'g2',
        detail:
          'Benefit index 7 and then 7 in 2 consecutive sessions, each at least 1 SD below the other members (3 others: mean 8, SD 1; then 3 others: mean 8, SD 1)',
      },
    ]);
  });

  it('stops flagging once the latest session is within 1 SD of the others', () => {
    // g2: the member at 7.5 and others 9, 8, 7 → all four 7.875, SD 0.8539; others 8 ± 1, 8 − 7.5 = 0.5 < 1.
    const group = [withMember, climate('g2', 4, 7.875, Math.sqrt((1.265625 + 0.015625 + 0.765625 + 0.140625) / 3))];
    expect(memberAlerts([rated('g1', sevens), rated('g2', { belonging: 7.5 })], group, DEFAULT_ALERT_SETTINGS)).toEqual([]);
  });

  it('needs at least 3 others: 2 others never make a member fall behind', () => {
    // The member at 2, others 9 and 10: far below, but a comparison with 2 people is no norm.
    const group = [climate('g1', 3, 7, Math.sqrt(19)), climate('g2', 3, 7, Math.sqrt(19))];
    expect(memberAlerts([rated('g1', { belonging: 2 }), rated('g2', { belonging: 2 })], group, DEFAULT_ALERT_SETTINGS).map((f) => f.kind)).toEqual(['low']);
  });

  it('needs the others to differ: when the others all scored alike nobody is behind them', () => {
    // The member at 5, three others at 8: others' SD 0.
    const group = [climate('g1', 4, 7.25, 1.5), climate('g2', 4, 7.25, 1.5)];
    expect(memberAlerts([rated('g1', { belonging: 5 }), rated('g2', { belonging: 5 })], group, DEFAULT_ALERT_SETTINGS)).toEqual([]);
  });

  it('needs both sessions below, not one', () => {
    const group = [climate('g1', 4, 8, Math.sqrt(2 / 3)), { ...withMember, sessionId: 'g2', heldOn: '2026-03-02' }];
    expect(memberAlerts([rated('g1', { belonging: 8 }), rated('g2', sevens)], group, DEFAULT_ALERT_SETTINGS)).toEqual([]);
  });
});
