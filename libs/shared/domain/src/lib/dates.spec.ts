import { isFutureDate, isIsoDate, todayIsoDate } from './dates';

describe('ISO dates', () => {
  it('accepts real calendar days, including 29 February of a leap year', () => {
    expect(isIsoDate('2025-01-31')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('rejects days that do not exist', () => {
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-00-10')).toBe(false);
    expect(isIsoDate('2025-01-00')).toBe(false);
  });

  it('rejects other shapes and types', () => {
    expect(isIsoDate('2025-1-05')).toBe(false);
    expect(isIsoDate('2025-01-05T00:00:00Z')).toBe(false);
    expect(isIsoDate(' 2025-01-05')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    expect(isIsoDate(20250105)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe('future dates', () => {
  const today = new Date('2025-06-15T23:30:00Z');

  it('takes today from the UTC calendar', () => {
    expect(todayIsoDate(today)).toBe('2025-06-15');
    expect(todayIsoDate(new Date('2025-06-15T00:00:00Z'))).toBe('2025-06-15');
  });

  it('treats today and earlier days as not in the future', () => {
    expect(isFutureDate('2025-06-15', today)).toBe(false);
    expect(isFutureDate('2025-06-14', today)).toBe(false);
    expect(isFutureDate('1999-12-31', today)).toBe(false);
  });

  it('treats tomorrow and later as the future', () => {
    expect(isFutureDate('2025-06-16', today)).toBe(true);
    expect(isFutureDate('2026-01-01', today)).toBe(true);
  });
});
