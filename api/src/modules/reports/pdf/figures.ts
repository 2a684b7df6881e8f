import { SERIES_KEYS, type SeriesKey } from '@cohesion/contracts';

export const SERIES_LABEL: Readonly<Record<SeriesKey, string>> = {
  belonging: 'Belonging',
  learning: 'Learning',
  accountability: 'Accountability',
  benefitIndex: 'Benefit index',
};

export { SERIES_KEYS };

/** `6.25`; `-` for no value (an ASCII hyphen, as the CSV exports print it). */
export const score = (value: number | null): string => (value === null ? '-' : value.toFixed(2));

/** `+0.50` or `-0.25`. */
export const signedScore = (value: number | null): string => (value === null ? '-' : `${value > 0 ? '+' : ''}${value.toFixed(2)}`);

export const percent = (share: number | null): string => (share === null ? '-' : `${(share * 100).toFixed(1)}%`);

/** `[5.12, 7.38]`; `-` when there is no interval (fewer than 2 ratings). */
export const interval = (low: number | null, high: number | null): string => (low === null || high === null ? '-' : `[${score(low)}, ${score(high)}]`);
