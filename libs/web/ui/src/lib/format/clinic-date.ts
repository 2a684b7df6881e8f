/** An instant as the clinic reads it: date and time in the clinic's time zone ("27 Nov 2026, 20:15"); seconds for audit work. */
export function formatClinicDateTime(iso: string, timeZone: string | undefined, precision: 'minutes' | 'seconds' = 'minutes'): string {
  return new Date(iso).toLocaleString(undefined, { timeZone, dateStyle: 'medium', timeStyle: precision === 'seconds' ? 'medium' : 'short' });
}
