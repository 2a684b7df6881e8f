import { isIsoDate, todayIsoDateIn } from './dates';

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
