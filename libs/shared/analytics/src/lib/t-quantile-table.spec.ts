import { studentTQuantile, t975 } from './t-distribution';

/*
 * Reference values, computed independently with mpmath 1.3 at 40 digits (the CDF from mpmath's own incomplete beta,
 * inverted by bisection):
 *   cdf = lambda t: 1 - mp.betainc(df/2, 0.5, 0, df/(df+t*t), regularized=True)/2
 * They match the printed tables of t(0.975, df) (and R's qt(0.975, df)). Two have closed forms:
 *   df = 1 (Cauchy):  t = tan(π(p − ½)) = tan(0.475π) = 12.7062047361747
 *   df = 2:           t = (2p − 1) / √(2p(1 − p)) = 0.95 / √0.04875 = 4.30265272974946
 * For df = 1000 some tables print 1.962339336; the true value is 1.96233908082641 (Cornish–Fisher to the 1/ν³ term
 * gives 1.9623390 as well).
 */
const T975_TABLE: [df: number, t: number][] = [
  [1, 12.7062047361747],
  [2, 4.30265272974946],
  [3, 3.18244630528371],
  [4, 2.77644510519779],
  [5, 2.57058183563632],
  [10, 2.22813885198627],
  [30, 2.04227245630124],
  [100, 1.98397151852355],
  [1000, 1.96233908082641],
];

describe('t(0.975, df) against the printed table', () => {
  it.each(T975_TABLE)('df = %d gives %d', (df, expected) => {
    expect(Math.abs(t975(df) - expected)).toBeLessThan(1e-10);
    expect(studentTQuantile(0.975, df)).toBe(t975(df));
  });

  it('agrees with the table to 1e-6 as printed', () => {
    expect(t975(1)).toBeCloseTo(12.706204736, 6);
    expect(t975(30)).toBeCloseTo(2.042272456, 6);
    expect(t975(1000)).toBeCloseTo(1.962339336, 6);
  });
});

describe('other probabilities and real degrees of freedom (mpmath, as above)', () => {
  it.each([
    [0.995, 7, 3.49948329735049],
    [0.05, 3, -2.35336343480182],
    [0.6, 3, 0.2766706623326899],
    [0.9999, 1, 3183.09875711815],
    [0.975, 0.5, 164.557673480489],
    [0.975, 2.5, 3.57465484200368],
    [0.975, 1e6, 1.959966356814107],
    [0.975, 1e9, 1.9599639869123255],
  ])('p = %d, df = %d gives %d', (p, df, expected) => {
    expect(Math.abs(studentTQuantile(p, df) - expected)).toBeLessThan(1e-10 * Math.max(1, Math.abs(expected)));
  });

  it('keeps its precision far in the tail', () => {
    // mpmath: the t with P(T > t) = 1e-10 at df = 4 is 416.1751403296041.
    expect(studentTQuantile(1e-10, 4)).toBeCloseTo(-416.1751403296041, 8);
    // df = 0.2: P(T > t) = 0.025 at t = 768848.4797012293.
    expect(studentTQuantile(0.975, 0.2) / 768848.4797012293).toBeCloseTo(1, 10);
  });

  it('is 0 at the median and symmetric about it', () => {
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(0.1, 7)).toBeCloseTo(-studentTQuantile(0.9, 7), 12);
  });
});

describe('invalid arguments', () => {
  it.each([0, -1, Number.NaN, Infinity])('refuses df = %d', (df) => {
    expect(() => studentTQuantile(0.975, df)).toThrow(RangeError);
    expect(() => t975(df)).toThrow(RangeError);
  });

  it.each([0, 1, -0.1, 1.1, Number.NaN])('refuses p = %d', (p) => {
    expect(() => studentTQuantile(p, 5)).toThrow(RangeError);
  });
});
