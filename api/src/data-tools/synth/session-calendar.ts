const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a UTC day number (days since 1970-01-01). */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The UTC day number of a date. */
export function dayNumber(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

/**
 * Day numbers of `weeks` weekly sessions on `weekday` (0 = Sunday), oldest first, the last one in the seven days
 * before `today` (never on it, so no session date is in the future in any time zone).
 */
export function weeklySessionDays(weekday: number, weeks: number, today: Date): number[] {
  let last = dayNumber(today) - 1;
  // Day 0 (1970-01-01) was a Thursday.
  while ((last + 4) % 7 !== weekday) last--;
  return Array.from({ length: weeks }, (_, i) => last - 7 * (weeks - 1 - i));
}
