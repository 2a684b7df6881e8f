import type { TrendScope } from '@cohesion/contracts';

/** The address of the tidy ratings CSV of a scope and range: a download the browser streams to disk, not data for a page. */
export function ratingsCsvUrl(request: { scope: TrendScope; id?: string; from?: string; to?: string }): string {
  const query = new URLSearchParams(Object.entries(request).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return `/api/exports/ratings.csv?${query}`;
}
