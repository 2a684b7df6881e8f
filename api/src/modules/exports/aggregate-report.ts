import type { ExportedAggregate } from '@cohesion/analytics';
import type { AggregateExportScope } from '@cohesion/contracts';
import type { DateRange } from '../../common/date-range';

/** An aggregate export, suppressed and ready to write as CSV or PDF. */
export interface AggregateReport {
  scope: AggregateExportScope;
  range: DateRange;
  k: number;
  aggregates: ExportedAggregate[];
  rule: string;
}

/** Every hidden value, whatever hid it, reads the same. */
export const SUPPRESSED = 'suppressed';

/** How a value leaves: as it is, or `suppressed`. */
export const shownValue = (value: number | null, aggregate: ExportedAggregate): string | number | null =>
  aggregate.suppression === 'suppressed' ? SUPPRESSED : value;
