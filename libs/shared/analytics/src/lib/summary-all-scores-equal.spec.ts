import { sampleSd, summarize, summarizeValues } from './summary';

describe('summary when every score is the same', () => {
  it('has SD 0 and an interval that is the mean itself', () => {
    // 6, 6, 6, 6: n·Σx² − (Σx)² = 4·144 − 24² = 0
    expect(summarizeValues([6, 6, 6, 6])).toEqual({ n: 4, mean: 6, sd: 0, ciLow: 6, ciHigh: 6 });
  });

  it('clamps the tiny negative variance that floating point leaves to 0', () => {
    // Five values of 0.7 summed in doubles: Σx = 3.5 but Σx² = 2.4499999999999997, so 5·Σx² − (Σx)² = −1.7763568394002505e-15
    // (Python: s = ss = 0.0; for v in [0.7]*5: s += v; ss += v*v), which must give SD 0, not NaN.
    const stats = { n: 5, sum: 0, sumOfSquares: 0 };
    for (let i = 0; i < 5; i++) {
      stats.sum += 0.7;
      stats.sumOfSquares += 0.7 * 0.7;
    }
    expect(stats.n * stats.sumOfSquares - stats.sum * stats.sum).toBeLessThan(0);
    const summary = summarize(stats);
    expect(summary.sd).toBe(0);
    expect(summary.ciLow).toBe(summary.mean);
    expect(summary.ciHigh).toBe(summary.mean);
    expect(sampleSd([0.7, 0.7, 0.7, 0.7, 0.7])).toBe(0);
  });
});
