import { ANALYTICS_MAX_RANGE_YEARS, type TrendBucket } from '@cohesion/contracts';
import { addDays, addYears, endOfMonth, startOfIsoWeek, startOfMonth } from '@cohesion/domain';
import { ProblemException } from './problem.exception';

/** A range of calendar dates, both ends included. */
export interface DateRange {
  from: string;
  to: string;
}

/** A range the request may not ask for: inverted, or longer than analytics answer at once. */
export class DateRangeException extends ProblemException {
  static inverted() {
    return new DateRangeException(400, 'invalid_range', 'The date range is inverted', '`from` must not be after `to`.');
  }

  static tooLong() {
    return new DateRangeException(400, 'range_too_long', 'The date range is too long', `Ask for at most ${ANALYTICS_MAX_RANGE_YEARS} years at a time.`);
  }
}

/** The first day of the bucket holding `date`: the ISO week's Monday or the month's first day. */
export function bucketStart(date: string, bucket: Exclude<TrendBucket, 'session'>): string {
  return bucket === 'month' ? startOfMonth(date) : startOfIsoWeek(date);
}

function bucketEnd(date: string, bucket: Exclude<TrendBucket, 'session'>): string {
  return bucket === 'month' ? endOfMonth(date) : addDays(startOfIsoWeek(date), 6);
}

/**
 * The range a request asks about: `to` defaults to the clinic's today and `from` to a year before it; inverted or
 * over-long ranges are refused. Week and month buckets widen the range to whole buckets, so that every scope counts
 * the same sessions in a bucket.
 */
export function resolveRange(requested: Partial<DateRange>, bucket: TrendBucket, today: string): DateRange {
  const to = requested.to ?? today;
  const from = requested.from ?? addYears(to, -1);
  if (from > to) throw DateRangeException.inverted();
  if (from < addYears(to, -ANALYTICS_MAX_RANGE_YEARS)) throw DateRangeException.tooLong();
  if (bucket === 'session') return { from, to };
  return { from: bucketStart(from, bucket), to: bucketEnd(to, bucket) };
}
