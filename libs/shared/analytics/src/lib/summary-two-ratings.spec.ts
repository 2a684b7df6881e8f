import { summarizeValues } from './summary';

/*
 * Ratings 3 and 8, the smallest n with an interval.
 *   mean = 5.5; sd = |8 − 3| / √2 = 3.5355339059327378; sd / √n = 5 / 2 = 2.5
 *   t(0.975, 1) = tan(0.475π) = 12.706204736174705
 *   95% CI = 5.5 ∓ 12.706204736174705 · 2.5 = 5.5 ∓ 31.765511840436762 = [−26.265511840436762, 37.265511840436762]
 * (R: t.test(c(3, 8))$conf.int → −26.26551 37.26551)
 */
describe('summary of two ratings 3 and 8', () => {
  it('has a mean, an SD and a very wide interval from t with 1 degree of freedom', () => {
    const summary = summarizeValues([3, 8]);
    expect(summary.n).toBe(2);
    expect(summary.mean).toBe(5.5);
    expect(summary.sd).toBeCloseTo(3.5355339059327378, 14);
    expect(summary.ciLow).toBeCloseTo(-26.265511840436762, 12);
    expect(summary.ciHigh).toBeCloseTo(37.26551184043676, 12);
  });
});
