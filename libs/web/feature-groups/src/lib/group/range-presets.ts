import type { TrendBucket } from '@cohesion/contracts';

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

/** The first day of a preset range ending today, as an ISO date; "all" reaches back the 10 years the API allows. */
export function rangeStart(preset: RangePreset, today: Date = new Date()): string {
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  if (preset === '8w') start.setDate(start.getDate() - 8 * 7 + 1);
  else if (preset === '6m') start.setMonth(start.getMonth() - 6);
  else {
    start.setFullYear(start.getFullYear() - 10);
    start.setDate(start.getDate() + 1);
  }
  return `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}-${String(start.getDate()).padStart(2, '0')}`;
}
