import { rangeStart } from './range-presets';

describe('rangeStart', () => {
  it('counts back from the clinic’s today: 8 weeks including today, 6 calendar months, or 10 years', () => {
    expect(rangeStart('8w', '2026-11-27')).toBe('2026-10-03');
    expect(rangeStart('6m', '2026-11-27')).toBe('2026-05-27');
    expect(rangeStart('all', '2026-11-27')).toBe('2016-11-28');
  });

  it('crosses year ends and leap days on the calendar date alone', () => {
    expect(rangeStart('8w', '2026-01-10')).toBe('2025-11-16');
    expect(rangeStart('all', '2024-02-29')).toBe('2014-03-02');
  });
});
