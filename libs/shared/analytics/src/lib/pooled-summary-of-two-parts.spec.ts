import { poolSummaries } from './pooled-summary';
import { summarizeValues } from './summary';

/**
 * Parts [1, 2, 3] (n 3, mean 2, sd 1) and [4, 5] (n 2, mean 4.5, sd √0.5) pool to [1, 2, 3, 4, 5]: n 5, mean 3,
 * sd √2.5 = 1.5811…, 95% interval 3 ± t(0.975, 4) · √2.5 / √5 = 3 ± 2.776445 · 0.707107 = 3 ± 1.963243 = [1.036757, 4.963243].
 */
describe('pooling two parts of a series', () => {
  it('gives the summary of all values', () => {
    const pooled = poolSummaries([
      { n: 3, mean: 2, sd: 1 },
      { n: 2, mean: 4.5, sd: Math.sqrt(0.5) },
    ]);
    expect(pooled.n).toBe(5);
    expect(pooled.mean).toBeCloseTo(3, 12);
    expect(pooled.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(pooled.ciLow).toBeCloseTo(1.036757, 5);
    expect(pooled.ciHigh).toBeCloseTo(4.963243, 5);
    const direct = summarizeValues([1, 2, 3, 4, 5]);
    expect(pooled.ciLow).toBeCloseTo(direct.ciLow as number, 12);
  });

  it('takes parts of one value without an SD, skips empty parts, and answers nothing for nothing', () => {
    expect(
      poolSummaries([
        { n: 1, mean: 7, sd: null },
        { n: 0, mean: null, sd: null },
        { n: 1, mean: 9, sd: null },
      ]),
    ).toMatchObject({ n: 2, mean: 8 });
    expect(poolSummaries([])).toEqual({ n: 0, mean: null, sd: null, ciLow: null, ciHigh: null });
    expect(() => poolSummaries([{ n: 3, mean: 2, sd: null }])).toThrow(RangeError);
  });
});
