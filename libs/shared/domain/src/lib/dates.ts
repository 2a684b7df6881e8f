/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`), compared in UTC: a clinical date has no time zone.
 */
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the value is a `YYYY-MM-DD` string naming a day that exists (so `2025-02-30` is false). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const DAY_MS = 86_400_000;
const toDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const toIsoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The date `days` days after `isoDate` (before, for a negative number). */
export function addDays(isoDate: string, days: number): string {
  return toIsoDate(new Date(toDate(isoDate).getTime() + days * DAY_MS));
}

/**
 * The date `months` months after `isoDate` (before, for a negative number), its day clamped into a shorter month:
 * six months before 31 August is 28 February (29 in a leap year), never 3 March.
 */
export function addMonths(isoDate: string, months: number): string {
  const date = toDate(isoDate);
  const firstOfTarget = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return toIsoDate(firstOfTarget);
}

/** The date `years` years after `isoDate` (before, for a negative number); 29 February clamps to the 28th. */
export function addYears(isoDate: string, years: number): string {
  return addMonths(isoDate, years * 12);
}

/** The Monday of the ISO week holding `isoDate`. */
export function startOfIsoWeek(isoDate: string): string {
  return addDays(isoDate, -((toDate(isoDate).getUTCDay() + 6) % 7));
}

/** The first day of the month holding `isoDate`. */
export function startOfMonth(isoDate: string): string {
  return `${isoDate.slice(0, 7)}-01`;
}

/** The last day of the month holding `isoDate`. */
export function endOfMonth(isoDate: string): string {
  return addDays(addMonths(startOfMonth(isoDate), 1), -1);
}

// Building a formatter costs far more than using one, and every request asks for its clinic's today.
const isoDateFormatByTimeZone = new Map<string, Intl.DateTimeFormat>();

/** Today's date as `YYYY-MM-DD` in an IANA time zone (the organization's), so "not in the future" means the clinic's today. */
export function todayIsoDateIn(timeZone: string, now: Date = new Date()): string {
  let format = isoDateFormatByTimeZone.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    isoDateFormatByTimeZone.set(timeZone, format);
  }
  return format.format(now);
}

let timeZoneSet: ReadonlySet<string> | null = null;

/**
 * The IANA time zones an organization may choose: those this runtime's `Intl.supportedValuesOf('timeZone')` names,
 * and `UTC` (every organization's zone before it chose one), in alphabetical order.
 */
export function supportedTimeZones(): readonly string[] {
  return [...supportedTimeZoneSet()];
}

/** True for a time zone an organization may choose (`supportedTimeZones()`). */
export function isSupportedTimeZone(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (supportedTimeZoneSet().has(value)) return true;
  // The runtime lists some zones under their older names (Asia/Calcutta); their current names (Asia/Kolkata) are
  // accepted too when they name the same zone.
  if (!IANA_ZONE_NAME.test(value)) return false;
  try {
    return supportedTimeZoneSet().has(new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone);
  } catch {
    return false;
  }
}

const IANA_ZONE_NAME = /^[A-Z][A-Za-z_-]+(\/[A-Za-z0-9_+-]+)+$/;

function supportedTimeZoneSet(): ReadonlySet<string> {
  timeZoneSet ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'].sort());
  return timeZoneSet;
}
