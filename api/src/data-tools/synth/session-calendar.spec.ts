import { isoDay, weeklySessionDays } from './session-calendar';

describe('weekly session days', () => {
  it('ends in the seven days before today, on the weekday, one week apart', () => {
    const days = weeklySessionDays(2, 3, new Date('2026-11-26T03:00:00Z')).map(isoDay);
    expect(days).toEqual(['2026-11-10', '2026-11-17', '2026-11-24']);
  });

  it('never lands on today itself', () => {
    expect(weeklySessionDays(4, 1, new Date('2026-11-26T23:00:00Z')).map(isoDay)).toEqual(['2026-11-19']);
  });
});
