import { t975 } from './t-distribution';

/** Count, sum and sum of squares of a set of values, each possibly stored as an integer `value × unit`. */
export interface SufficientStats {
  n: number;
  sum: number;
  sumOfSquares: number;
}

/** Mean, sample SD and 95% Student-t confidence interval of the mean; null where undefined for this n. */
export interface Summary {
  n: number;
  mean: number | null;
  sd: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

/** Summary from sufficient statistics (as Postgres aggregates them); values were stored as `value × unit`. */
export function summarize(stats: SufficientStats, unit = 1): Summary {
  const { n, sum, sumOfSquares } = stats;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
  if (!(unit > 0) || !Number.isFinite(unit)) throw new RangeError(`unit must be a finite number > 0, got ${unit}`);
  if (n === 0) return { n, mean: null, sd: null, ciLow: null, ciHigh: null };
  const mean = sum / (n * unit);
  if (n === 1) return { n, mean, sd: null, ciLow: null, ciHigh: null };
  // n·Σx² − (Σx)² is exact for integer-stored values; floating inputs can leave a tiny negative, which means 0.
  const variance = Math.max(0, (n * sumOfSquares - sum * sum) / (n * (n - 1)) / (unit * unit));
  const sd = Math.sqrt(variance);
  const halfWidth = (t975(n - 1) * sd) / Math.sqrt(n);
  return { n, mean, sd, ciLow: mean - halfWidth, ciHigh: mean + halfWidth };
}

/** Sufficient statistics of raw values. */
export function sufficientStatsOf(values: readonly number[]): SufficientStats {
  let sum = 0;
  let sumOfSquares = 0;
  for (const value of values) {
    sum += value;
    sumOfSquares += value * value;
  }
  return { n: values.length, sum, sumOfSquares };
}

/** Summary of raw values, by the same arithmetic as `summarize`, so the dashboard and exports agree to the last digit. */
export function summarizeValues(values: readonly number[]): Summary {
  return summarize(sufficientStatsOf(values));
}

/** Arithmetic mean; null for no values. */
export function mean(values: readonly number[]): number | null {
  return summarizeValues(values).mean;
}

/** Sample standard deviation (n − 1 denominator); null for fewer than 2 values. */
export function sampleSd(values: readonly number[]): number | null {
  return summarizeValues(values).sd;
}
