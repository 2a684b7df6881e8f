import { poolSummaries } from '@cohesion/analytics';
import type { AttendanceSummary, TrendPoint } from '@cohesion/contracts';

/** A headline figure and how it moved: the latest weeks against the weeks before them. */
export interface Headline {
  value: number | null;
  change: number | null;
}

/** The mean over buckets, from their sufficient statistics (`poolSummaries`); null when none were rated. */
export function pooledMean(points: readonly TrendPoint[]): number | null {
  return poolSummaries(points.filter((point) => point.n > 0 && point.mean !== null)).mean;
}

/** The pooled mean of the last `window` buckets with ratings, and its change from the `window` before them. */
export function recentHeadline(points: readonly TrendPoint[], window = 4): Headline {
  const rated = points.filter((point) => point.mean !== null && point.n > 0);
  const latest = pooledMean(rated.slice(-window));
  const previous = pooledMean(rated.slice(-2 * window, -window));
  return { value: latest, change: latest !== null && previous !== null ? latest - previous : null };
}

/** Kaplan–Meier retention after the nth session, from the attendance summary; null when nobody was followed that long. */
export function retentionAfter(summary: AttendanceSummary, session: number): number | null {
  return summary.retention.find((point) => point.session === session)?.retained ?? null;
}
