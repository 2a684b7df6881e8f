import { mean, sampleSd, summarize, summarizeValues } from './summary';

describe('summary with no rating or a single rating', () => {
  it('has nothing at all for n = 0', () => {
    expect(summarize({ n: 0, sum: 0, sumOfSquares: 0 })).toEqual({ n: 0, mean: null, sd: null, ciLow: null, ciHigh: null });
    expect(summarizeValues([])).toEqual({ n: 0, mean: null, sd: null, ciLow: null, ciHigh: null });
    expect(mean([])).toBeNull();
    expect(sampleSd([])).toBeNull();
  });

  it('has only a mean for n = 1 (no SD, no interval)', () => {
    expect(summarize({ n: 1, sum: 7, sumOfSquares: 49 })).toEqual({ n: 1, mean: 7, sd: null, ciLow: null, ciHigh: null });
    expect(summarize({ n: 1, sum: 725, sumOfSquares: 525_625 }, 100)).toEqual({ n: 1, mean: 7.25, sd: null, ciLow: null, ciHigh: null });
    expect(mean([7])).toBe(7);
    expect(sampleSd([7])).toBeNull();
  });

  it('refuses counts and units that cannot be', () => {
    expect(() => summarize({ n: -1, sum: 0, sumOfSquares: 0 })).toThrow(RangeError);
    expect(() => summarize({ n: 2.5, sum: 0, sumOfSquares: 0 })).toThrow(RangeError);
    expect(() => summarize({ n: 2, sum: 0, sumOfSquares: 0 }, 0)).toThrow(RangeError);
  });
});
