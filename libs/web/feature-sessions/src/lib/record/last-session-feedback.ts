import type { CheckIn, SeriesKey, TrendPoint } from '@cohesion/contracts';

const MEASURES: readonly [SeriesKey, string][] = [
  ['belonging', 'Belonging'],
  ['learning', 'Learning'],
  ['accountability', 'Accountability'],
];

/** A change with its sign always written, and a true minus sign: "+0.2", "−0.4", "±0.0". */
function signedChange(change: number): string {
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return '±0.0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)}`;
}

/**
 * What the facilitator may share with the group about its last session: each measure's mean with its change from the
 * session before, and how many members were flagged ("Last session: Belonging 7.1 (−0.4), …; 1 member flagged.").
 * `series` is the group's trend by session; null when the group has no rated session yet.
 */
export function lastSessionFeedback(series: Partial<Record<SeriesKey, readonly TrendPoint[]>>, alerts: readonly CheckIn[]): string | null {
  let lastPeriod = '';
  const parts: string[] = [];
  for (const [key, label] of MEASURES) {
    const rated = (series[key] ?? []).filter((point): point is TrendPoint & { mean: number } => point.mean !== null);
    const last = rated.at(-1);
    if (!last) continue;
    if (last.period > lastPeriod) lastPeriod = last.period;
    const before = rated.at(-2);
    parts.push(`${label} ${last.mean.toFixed(1)}${before ? ` (${signedChange(last.mean - before.mean)})` : ''}`);
  }
  if (!parts.length) return null;
  const flagged = new Set(alerts.filter((alert) => alert.memberId !== null && alert.heldOn === lastPeriod).map((alert) => alert.memberId)).size;
  return `Last session: ${parts.join(', ')}; ${flagged === 1 ? '1 member' : `${flagged} members`} flagged.`;
}
