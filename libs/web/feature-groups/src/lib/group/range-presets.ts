import type { TrendBucket } from '@cohesion/contracts';
import { addMonths } from '@cohesion/domain';

export const RANGE_PRESETS = [
  { key: '8w', label: '8 weeks' },
  { key: '6m', label: '6 months' },
  { key: 'all', label: 'All' },
] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number]['key'];

export const BUCKETS: readonly { key: TrendBucket; label: string }[] = [
  { key: 'session', label: 'Session' },
  { key: 'week', label: 'Week' },
  { key: 'month', label: 'Month' },
];

/**
 * The first day of a preset range ending on `today` (the clinic's today, an ISO date), as an ISO date; "all" reaches
 * back the 10 years the API allows. Computed on the calendar date alone, so the browser's own time zone plays no part.
 */
export function rangeStart(preset: RangePreset, today: string): string {
  const start = new Date(`${today}T00:00:00Z`);
  if (preset === '8w') start.setUTCDate(start.getUTCDate() - 8 * 7 + 1);
  else if (preset === '6m') return addMonths(today, -6);
  else {
    start.setUTCFullYear(start.getUTCFullYear() - 10);
    start.setUTCDate(start.getUTCDate() + 1);
  }
  return start.toISOString().slice(0, 10);
}
