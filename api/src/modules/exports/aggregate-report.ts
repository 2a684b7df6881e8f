import type { ExportedAggregate } from '@cohesion/analytics';
import type { AggregateExportScope } from '@cohesion/contracts';
import type { DateRange } from '../analytics/analytics-range';

/** An aggregate export, suppressed and ready to write as CSV or PDF. */
export interface AggregateReport {
  scope: AggregateExportScope;
  range: DateRange;
  k: number;
  aggregates: ExportedAggregate[];
  rule: string;
}

/** How a value leaves: a suppressed cell says `<k` (small) or `suppressed` (hidden to protect another). */
export const shownValue = (value: number | null, aggregate: ExportedAggregate, k: number): string | number | null =>
  aggregate.suppression === 'shown' ? value : aggregate.suppression === 'small_cell' ? `<${k}` : 'suppressed';
