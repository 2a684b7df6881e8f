import type { GroupSessionClimate } from './alerts';
import { groupAlerts } from './group-alerts';

/** Sessions of a group of 8 by their mean benefit index, each with SD 1 unless said otherwise. */
const sessions = (...means: (number | null)[]): GroupSessionClimate[] =>
  means.map((mean, i) => ({
    sessionId: `g${i + 1}`,
    heldOn: `2026-08-${String(i + 1).padStart(2, '0')}`,
    benefitIndex: { n: mean === null ? 0 : 8, mean, sd: mean === null ? null : 1 },
  }));

/*
 * Standard error of the difference between the latest mean and the mean of the previous 4 means, from the sessions'
 * own SDs and n: SE = √(s₀²/n₀ + Σ sᵢ²/nᵢ / 16). With 8 members and SD 1 in each session:
 * SE = √(1/8 + 4 · (1/8) / 16) = √0.15625 = 0.3952847075210474; 1.96 · SE = 0.7747580267412529.
 */
describe('climate-drop alerts: the group mean falls by more than 1.96 standard errors of the difference', () => {
  it('flags a group of 8 falling from 7.0 to 5.6, 3.54 standard errors', () => {
    // fall 1.4 / 0.3952847075210474 = 3.5417785 → "3.5"
    expect(groupAlerts(sessions(7, 7, 7, 7, 5.6))).toEqual([
      {
        kind: 'climate_drop',
        measure: null,
        sessionId: 'g5',
        detail:
          "The group's mean benefit index was 5.6 in the latest session, down from 7 over the previous 4 sessions: a fall of 1.4, 3.5 standard errors (more than 1.96 is a climate drop)",
      },
    ]);
  });

  it('does not flag a fall of 0.7, 1.77 standard errors', () => {
    expect(groupAlerts(sessions(7, 7, 7, 7, 6.3))).toEqual([]);
  });

  it('weighs each session by its own SD and n: the same fall in a small, scattered group is within chance', () => {
    // 3 members, SD 2.5: SE = √(6.25/3 + 4 · (6.25/3) / 16) = √2.6041667 = 1.6137431; 1.4 is 0.87 SE.
    const scattered = sessions(7, 7, 7, 7, 5.6).map((s) => ({ ...s, benefitIndex: { n: 3, mean: s.benefitIndex.mean, sd: 2.5 } }));
    expect(groupAlerts(scattered)).toEqual([]);
  });

  it('skips sessions without a mean and SD, both among the previous 4 and after the latest one', () => {
    const found = groupAlerts(sessions(7, null, 7, 7, 7, 5.6, null));
    expect(found.map(({ kind, sessionId }) => [kind, sessionId])).toEqual([['climate_drop', 'g6']]);
    const oneRated = sessions(7, 7, 7, 7, 5.6).map((s, i) => (i === 1 ? { ...s, benefitIndex: { n: 1, mean: 7, sd: null } } : s));
    expect(groupAlerts(oneRated)).toEqual([]);
  });

  it('needs 4 earlier sessions with a mean', () => {
    expect(groupAlerts(sessions(7, 7, 7, 2))).toEqual([]);
    expect(groupAlerts(sessions(7, null, 7, 7, 2))).toEqual([]);
  });
});
