import { digestWeekDue } from './digest-week';

describe('digestWeekDue', () => {
  it('is due from Monday 08:00 to Tuesday 08:00 clinic time, and names that Monday', () => {
    // 2026-12-07 is a Monday.
    expect(digestWeekDue(new Date('2026-12-07T07:59:00Z'), 'UTC')).toBeNull();
    expect(digestWeekDue(new Date('2026-12-07T08:00:00Z'), 'UTC')).toBe('2026-12-07');
    expect(digestWeekDue(new Date('2026-12-08T07:59:00Z'), 'UTC')).toBe('2026-12-07');
    expect(digestWeekDue(new Date('2026-12-08T08:00:00Z'), 'UTC')).toBeNull();
    expect(digestWeekDue(new Date('2026-12-10T12:00:00Z'), 'UTC')).toBeNull();
  });

  it('reads the clinic’s clock, not the server’s: Monday 08:00 in Chicago is 14:00 UTC, and in Kiritimati Sunday 18:00 UTC', () => {
    expect(digestWeekDue(new Date('2026-12-07T13:59:00Z'), 'America/Chicago')).toBeNull();
    expect(digestWeekDue(new Date('2026-12-07T14:00:00Z'), 'America/Chicago')).toBe('2026-12-07');
    expect(digestWeekDue(new Date('2026-12-06T18:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-12-07');
  });
});
