import { ANALYTICS_MAX_RANGE_YEARS, type TrendBucket } from '@cohesion/contracts';
import { AnalyticsException } from './analytics.exception';

export interface DateRange {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

const parse = (date: string) => new Date(`${date}T00:00:00Z`);
const format = (date: Date) => date.toISOString().slice(0, 10);

function shiftYears(date: string, years: number): string {
  const d = parse(date);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return format(d);
}

/** The first day of the bucket holding `date`: the ISO week's Monday or the month's first day. */
export function bucketStart(date: string, bucket: Exclude<TrendBucket, 'session'>): string {
  const d = parse(date);
  if (bucket === 'month') return `${date.slice(0, 7)}-01`;
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  return format(new Date(d.getTime() - sinceMonday * DAY_MS));
}

function bucketEnd(date: string, bucket: Exclude<TrendBucket, 'session'>): string {
  const start = parse(bucketStart(date, bucket));
  if (bucket === 'week') return format(new Date(start.getTime() + 6 * DAY_MS));
  return format(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)));
}

/**
 * The range a request asks about: `to` defaults to the clinic's today and `from` to a year before it; inverted or
 * over-long ranges are refused. Week and month buckets widen the range to whole buckets, so that every scope counts
 * the same sessions in a bucket.
 */
export function resolveRange(requested: Partial<DateRange>, bucket: TrendBucket, today: string): DateRange {
  const to = requested.to ?? today;
  const from = requested.from ?? shiftYears(to, -1);
  if (from > to) throw AnalyticsException.invalidRange();
  if (from < shiftYears(to, -ANALYTICS_MAX_RANGE_YEARS)) throw AnalyticsException.rangeTooLong();
  if (bucket === 'session') return { from, to };
  return { from: bucketStart(from, bucket), to: bucketEnd(to, bucket) };
}
