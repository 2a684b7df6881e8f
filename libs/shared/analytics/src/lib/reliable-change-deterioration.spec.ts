import { baselineOf, reliableChange, reliableChangeThreshold } from './reliable-change';

/*
 * Learning rated 8 and 7 in a member's first two sessions, 3 in the latest; s1 = 2, r = 0.80 (the default).
 *   baseline = (8 + 7) / 2 = 7.5
 *   S_diff   = √2 · 2 · √(1 − 0.8) = 2√0.4 = 1.2649110640673517
 *   RC       = (3 − 7.5) / 1.2649110640673517 = −3.5575623676894267   (|RC| ≥ 1.96: reliable, and lower is worse)
 *   threshold = 1.96 · S_diff = 2.4792256855720094
 * (mpmath at 30 digits)
 */
describe('reliable deterioration from a baseline of 7.5 to 3', () => {
  it('is a reliable deterioration with RC −3.56', () => {
    const baseline = baselineOf([8, 7, 6, 3]);
    expect(baseline).toBe(7.5);
    const change = reliableChange({ baseline: 7.5, latest: 3, s1: 2, reliability: 0.8 });
    expect(change).not.toBeNull();
    expect(change?.sDiff).toBeCloseTo(1.2649110640673518, 14);
    expect(change?.index).toBeCloseTo(-3.557562367689427, 13);
    expect(change?.reliable).toBe(true);
    expect(change?.direction).toBe('deteriorated');
  });

  it('needs a fall of more than 2.48 points to be reliable', () => {
    expect(reliableChangeThreshold(2, 0.8)).toBeCloseTo(2.4792256855720094, 13);
    expect(reliableChange({ baseline: 7.5, latest: 5.03, s1: 2, reliability: 0.8 })?.direction).toBe('unchanged');
    expect(reliableChange({ baseline: 7.5, latest: 5.02, s1: 2, reliability: 0.8 })?.direction).toBe('deteriorated');
  });
});
