/** A share as a whole percentage ("85%"), or a dash when there is none. */
export function formatPercent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/** A change of a 0–10 figure with its direction in a symbol as well as a sign ("▲ 0.3"); changes under 0.05 read "no change". */
export function formatChange(change: number | null): string {
  if (change === null) return '';
  if (Math.abs(change) < 0.05) return 'no change';
  return `${change > 0 ? '▲' : '▼'} ${Math.abs(change).toFixed(1)}`;
}

/** A 0–10 figure with one decimal, or a dash when there is none. */
export function formatScore(value: number | null): string {
  return value === null ? '–' : value.toFixed(1);
}
