import { mean, sampleSd, summarize, summarizeValues } from './summary';

/*
 * Ratings 4, 7, 8.
 *   mean     = 19/3 = 6.333…
 *   variance = ((4 − 19/3)² + (7 − 19/3)² + (8 − 19/3)²) / 2 = (49/9 + 4/9 + 25/9) / 2 = 13/3
 *            = (n·Σx² − (Σx)²) / (n(n − 1)) = (3·129 − 361) / 6 = 26/6 ✓
 *   sd       = √(13/3) = 2.0816659994661327
 *   t(0.975, 2) = 4.3026527297494639 (closed form for df = 2: 0.95 / √0.04875)
 *   95% CI   = 19/3 ∓ 4.30265 · 2.08167 / √3 = [1.1621883207910685, 11.504478345875598]
 * Independent check: R t.test(c(4, 7, 8))$conf.int → 1.162188 11.504478; mpmath at 30 digits gives the digits above.
 */
const EXPECTED = { n: 3, mean: 19 / 3, sd: 2.0816659994661326, ciLow: 1.1621883207910686, ciHigh: 11.504478345875597 };

function expectSummaryClose(actual: ReturnType<typeof summarize>): void {
  expect(actual.n).toBe(EXPECTED.n);
  expect(actual.mean).toBeCloseTo(EXPECTED.mean, 14);
  expect(actual.sd).toBeCloseTo(EXPECTED.sd, 14);
  expect(actual.ciLow).toBeCloseTo(EXPECTED.ciLow, 12);
  expect(actual.ciHigh).toBeCloseTo(EXPECTED.ciHigh, 12);
}

describe('summary of three ratings 4, 7, 8', () => {
  it('from sufficient statistics n = 3, Σx = 19, Σx² = 129', () => {
    expectSummaryClose(summarize({ n: 3, sum: 19, sumOfSquares: 129 }));
  });

  it('from the raw values, identically', () => {
    expect(summarizeValues([4, 7, 8])).toEqual(summarize({ n: 3, sum: 19, sumOfSquares: 129 }));
    expect(mean([4, 7, 8])).toBe(19 / 3);
    expect(sampleSd([4, 7, 8])).toBeCloseTo(EXPECTED.sd, 14);
  });

  it('from values stored in hundredths (unit 100)', () => {
    expectSummaryClose(summarize({ n: 3, sum: 1900, sumOfSquares: 1_290_000 }, 100));
  });
});

/*
 * Benefit indexes 6.33, 7.5, 4.25, 9 stored in hundredths: 633, 750, 425, 900; Σ = 2708, Σ² = 1 953 814.
 *   mean = 27.08 / 4 = 6.77; variance = (4·1 953 814 − 2708²) / (4·3) / 100² = 481 992 / 12 / 10 000 = 4.0166
 *   (by fractions from the raw values: 20083/5000 = 4.0166 ✓), sd = 2.004145703286066
 *   t(0.975, 3) = 3.1824463052837096; CI = 6.77 ∓ 3.18245 · 2.00415 / 2 = [3.5809569556635188, 9.9590430443364812]
 * (Python fractions + mpmath; R: t.test(c(6.33, 7.5, 4.25, 9))$conf.int → 3.580957 9.959043)
 */
describe('summary of four benefit indexes stored in hundredths', () => {
  it('divides by the unit exactly once for the mean and squared for the variance', () => {
    const summary = summarize({ n: 4, sum: 2708, sumOfSquares: 1_953_814 }, 100);
    expect(summary.mean).toBeCloseTo(6.77, 14);
    expect(summary.sd).toBeCloseTo(2.004145703286066, 14);
    expect(summary.ciLow).toBeCloseTo(3.580956955663519, 12);
    expect(summary.ciHigh).toBeCloseTo(9.95904304433648, 12);
  });
});
