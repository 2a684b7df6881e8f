import { bucketStart, DateRangeException, resolveRange } from './date-range';

const today = '2026-11-26';

describe('analytics date ranges', () => {
  it('starts ISO weeks on Monday and months on the first', () => {
    expect(bucketStart('2026-11-26', 'week')).toBe('2026-11-23'); // a Thursday
    expect(bucketStart('2026-11-23', 'week')).toBe('2026-11-23');
    expect(bucketStart('2026-11-29', 'week')).toBe('2026-11-23'); // a Sunday belongs to the week before
    expect(bucketStart('2027-01-01', 'week')).toBe('2026-12-28'); // ISO week 53 of 2026 crosses the year
    expect(bucketStart('2026-11-26', 'month')).toBe('2026-11-01');
  });

  it('widens week and month ranges to whole buckets and keeps session ranges as asked', () => {
    expect(resolveRange({ from: '2026-11-04', to: '2026-11-26' }, 'week', today)).toEqual({ from: '2026-11-02', to: '2026-11-29' });
    expect(resolveRange({ from: '2024-02-10', to: '2024-02-10' }, 'month', today)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(resolveRange({ from: '2026-11-04', to: '2026-11-26' }, 'session', today)).toEqual({ from: '2026-11-04', to: '2026-11-26' });
  });

  it('defaults to the year up to the clinic’s today', () => {
    expect(resolveRange({}, 'session', today)).toEqual({ from: '2025-11-26', to: '2026-11-26' });
  });

  it('refuses inverted ranges and ranges longer than ten years', () => {
    expect(() => resolveRange({ from: '2026-11-27', to: '2026-11-26' }, 'week', today)).toThrow(DateRangeException);
    expect(() => resolveRange({ from: '2016-11-25', to: '2026-11-26' }, 'week', today)).toThrow(/too long/);
    expect(resolveRange({ from: '2016-11-26', to: '2026-11-26' }, 'session', today).from).toBe('2016-11-26');
  });
});
