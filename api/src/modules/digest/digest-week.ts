import { addDays, startOfIsoWeek, todayIsoDateIn } from '@cohesion/domain';

/** The digest goes out on Monday at 08:00, clinic time. */
const SEND_HOUR = 8;

const hourFormats = new Map<string, Intl.DateTimeFormat>();

function clinicHour(now: Date, timeZone: string): number {
  let format = hourFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' });
    hourFormats.set(timeZone, format);
  }
  return Number(format.format(now));
}

/**
 * The Monday (a clinic date) of the weekly digest that is due at `now`: from Monday 08:00 to Tuesday 08:00 in the
 * clinic's time zone; null at any other time. A digest not sent in that day (the API was down) is skipped: a week-old
 * summary arriving on a Thursday would mislead more than it helps.
 */
export function digestWeekDue(now: Date, timeZone: string): string | null {
  const today = todayIsoDateIn(timeZone, now);
  const monday = startOfIsoWeek(today);
  const hour = clinicHour(now, timeZone);
  if (today === monday && hour >= SEND_HOUR) return monday;
  if (today === addDays(monday, 1) && hour < SEND_HOUR) return monday;
  return null;
}
