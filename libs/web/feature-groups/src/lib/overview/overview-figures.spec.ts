import type { TrendPoint } from '@cohesion/contracts';
import { pooledMean, recentHeadline } from './overview-figures';

const week = (mean: number | null, n: number): TrendPoint => ({
  period: '2026-11-02',
  n,
  members: n,
  mean,
  sd: n > 1 ? 1 : null,
  ciLow: null,
  ciHigh: null,
  lowN: n < 5,
});

describe('overview figures', () => {
  it('pools bucket means weighted by their ratings, skipping empty buckets', () => {
    expect(pooledMean([week(6, 10), week(9, 20), week(null, 0)])).toBe(8);
    expect(pooledMean([])).toBeNull();
  });

  it('compares the last four rated weeks with the four before them', () => {
    const points = [week(5, 10), week(5, 10), week(5, 10), week(5, 10), week(7, 10), week(null, 0), week(7, 10), week(8, 20), week(7, 10)];
    expect(recentHeadline(points)).toEqual({ value: 7.4, change: expect.closeTo(2.4, 10) });
    expect(recentHeadline(points.slice(0, 3)).change).toBeNull();
  });
});
