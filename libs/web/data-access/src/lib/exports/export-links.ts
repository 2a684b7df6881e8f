import type { TrendScope } from '@cohesion/contracts';

/** A scope and a range, as the export routes take them. */
export interface ExportRequest<Scope extends string = TrendScope> {
  scope: Scope;
  id?: string;
  from?: string;
  to?: string;
}

// Exports are downloads the browser streams to disk, not data for a page: the pages link to these addresses.
function exportUrl(path: string, request: object): string {
  const query = new URLSearchParams(
    Object.entries(request)
      .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
      .map(([key, value]) => [key, String(value)]),
  );
  return `/api/${path}?${query}`;
}

/** The tidy CSV of the ratings of a group, facilitator or program (one row per rating). */
export function ratingsCsvUrl(request: ExportRequest): string {
  return exportUrl('exports/ratings.csv', request);
}

/** The supervision pack (PDF) of a facilitator or a group over a period. */
export function supervisionPackUrl(request: ExportRequest<'facilitator' | 'group'>): string {
  return exportUrl('reports/supervision.pdf', request);
}

/** The external aggregate report of a program or the organization, small cells suppressed. */
export function aggregatesUrl(request: ExportRequest<'program' | 'organization'>, format: 'csv' | 'pdf'): string {
  return exportUrl(`exports/aggregates.${format}`, request);
}
