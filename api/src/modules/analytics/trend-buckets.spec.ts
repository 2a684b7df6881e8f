import { bucketToAnswer, MAX_BUCKETS_PER_SERIES } from './trends.service';

describe('coarser buckets for long ranges', () => {
  it('keeps the asked bucket up to 1,000 buckets a series (3,000 points in a three-series chart)', () => {
    expect(bucketToAnswer('session', MAX_BUCKETS_PER_SERIES)).toBeNull();
    expect(bucketToAnswer('week', 10)).toBeNull();
  });

  it('answers sessions by week and weeks by month beyond that; months are as coarse as it gets', () => {
    expect(bucketToAnswer('session', MAX_BUCKETS_PER_SERIES + 1)).toBe('week');
    expect(bucketToAnswer('week', MAX_BUCKETS_PER_SERIES + 1)).toBe('month');
    expect(bucketToAnswer('month', MAX_BUCKETS_PER_SERIES + 1)).toBeNull();
  });
});
