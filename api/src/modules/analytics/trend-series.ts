import { isLowN, summarize } from '@cohesion/analytics';
import { SERIES_KEYS, type SeriesKey, type TrendPoint } from '@cohesion/contracts';
import type { BucketStatsRow } from './outcome-trends.repository';

/** Rollups store scores in sixths so that benefit-index sums stay whole numbers. */
export const ROLLUP_UNIT = 6;

export const SERIES_OF_STORED_MEASURE: Readonly<Record<string, SeriesKey>> = {
  belonging: 'belonging',
  learning: 'learning',
  accountability: 'accountability',
  benefit_index: 'benefitIndex',
};

/** Rows of sufficient statistics, ordered by bucket, into the four series of a trend. */
export function toTrendSeries(rows: readonly BucketStatsRow[]): Record<SeriesKey, TrendPoint[]> {
  const series = Object.fromEntries(SERIES_KEYS.map((key) => [key, [] as TrendPoint[]])) as Record<SeriesKey, TrendPoint[]>;
  for (const row of rows) {
    const key = SERIES_OF_STORED_MEASURE[row.measure];
    if (!key) continue;
    const summary = summarize({ n: row.n, sum: row.total, sumOfSquares: row.totalSq }, ROLLUP_UNIT);
    series[key].push({
      period: row.period,
      ...(row.sessionId ? { sessionId: row.sessionId } : {}),
      n: row.n,
      members: row.members,
      mean: summary.mean,
      sd: summary.sd,
      ciLow: summary.ciLow,
      ciHigh: summary.ciHigh,
      lowN: isLowN(row.members),
    });
  }
  return series;
}
