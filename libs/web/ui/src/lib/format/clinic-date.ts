/** Today's date in the clinic's time zone, as an ISO date: a session held "today" is the clinic's today. */
export function clinicToday(timeZone: string, now: Date = new Date()): string {
  try {
    // en-CA formats dates as YYYY-MM-DD.
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/** An instant as the clinic reads it: date and time in the clinic's time zone ("27 Nov 2026, 20:15"); seconds for audit work. */
export function formatClinicDateTime(iso: string, timeZone: string | undefined, precision: 'minutes' | 'seconds' = 'minutes'): string {
  return new Date(iso).toLocaleString(undefined, { timeZone, dateStyle: 'medium', timeStyle: precision === 'seconds' ? 'medium' : 'short' });
}

/** The calendar date `months` months before an ISO date, as an ISO date (the day clamps into shorter months). */
export function isoMonthsBefore(isoDate: string, months: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}
