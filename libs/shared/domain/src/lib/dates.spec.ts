import { addDays, addMonths, addYears, endOfMonth, isIsoDate, startOfIsoWeek, startOfMonth, todayIsoDateIn } from './dates';

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

describe("a clinic's today", () => {
  const noonUtc = new Date('2025-06-15T12:00:00Z');

  it('is the date in the clinic’s time zone, not UTC’s', () => {
    expect(todayIsoDateIn('UTC', noonUtc)).toBe('2025-06-15');
    expect(todayIsoDateIn('Pacific/Kiritimati', noonUtc)).toBe('2025-06-16');
    expect(todayIsoDateIn('Pacific/Pago_Pago', new Date('2025-06-15T05:00:00Z'))).toBe('2025-06-14');
  });

  it('turns at the clinic’s midnight', () => {
    expect(todayIsoDateIn('America/Chicago', new Date('2025-06-15T04:59:00Z'))).toBe('2025-06-14');
    expect(todayIsoDateIn('America/Chicago', new Date('2025-06-15T05:00:00Z'))).toBe('2025-06-15');
  });
});

describe('date arithmetic', () => {
  it('clamps the day into a shorter month, backwards and forwards', () => {
    expect(addMonths('2026-08-31', -6)).toBe('2026-02-28');
    expect(addMonths('2028-08-31', -6)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-11-30', -3)).toBe('2026-08-30');
  });

  it('turns 29 February into the 28th a year away', () => {
    expect(addYears('2028-02-29', -1)).toBe('2027-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
    expect(addYears('2026-12-07', -10)).toBe('2016-12-07');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
  });

  it('finds the ISO week’s Monday and the month’s first and last days', () => {
    expect(startOfIsoWeek('2026-12-07')).toBe('2026-12-07');
    expect(startOfIsoWeek('2026-12-06')).toBe('2026-11-30');
    expect(startOfIsoWeek('2027-01-01')).toBe('2026-12-28');
    expect(startOfMonth('2026-02-17')).toBe('2026-02-01');
    expect(endOfMonth('2026-02-17')).toBe('2026-02-28');
    expect(endOfMonth('2028-02-01')).toBe('2028-02-29');
    expect(endOfMonth('2026-12-31')).toBe('2026-12-31');
  });
});
