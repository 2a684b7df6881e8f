import { suppressSmallCells, type CountTable } from './suppression';

/** One aggregate as PostgreSQL's GROUPING SETS give it: a null unit or period is the total over all of them. */
export interface AggregateRow {
  unit: string | null;
  period: string | null;
  measure: string;
  /** Distinct members who rated this measure in the cell. */
  members: number;
  n: number;
  mean: number | null;
}

export type CellSuppression = 'shown' | 'small_cell' | 'complementary';

/** An aggregate as it may leave the organization: a suppressed cell shows neither its members, n nor mean. */
export interface ExportedAggregate {
  /** A unit (group or program) or null for the total of all units. */
  unit: string | null;
  /** A period or null for the total of all periods. */
  period: string | null;
  measure: string;
  members: number | null;
  n: number | null;
  mean: number | null;
  suppression: CellSuppression;
}

export const ALL = null;

/**
 * Small-cell and complementary suppression of an aggregate table of units × periods, with its totals, per measure.
 * A cell's count is its fewest members over the measures, and one decision covers all measures of the cell, so the
 * three tables (which share their equations) hide the same cells. Units and periods come sorted.
 */
export function suppressAggregates(rows: readonly AggregateRow[], measures: readonly string[], k: number): { aggregates: ExportedAggregate[]; rule: string } {
  const units = [...new Set(rows.map((row) => row.unit).filter((unit): unit is string => unit !== null))].sort();
  const periods = [...new Set(rows.map((row) => row.period).filter((period): period is string => period !== null))].sort();
  const byKey = new Map(rows.map((row) => [key(row.unit, row.period, row.measure), row]));
  const count = (unit: string | null, period: string | null): number =>
    Math.min(...measures.map((measure) => byKey.get(key(unit, period, measure))?.members ?? 0));
  const table: CountTable = {
    rowKeys: units,
    columnKeys: periods,
    cells: units.map((unit) => periods.map((period) => count(unit, period))),
    rowTotals: units.map((unit) => count(unit, ALL)),
    columnTotals: periods.map((period) => count(ALL, period)),
    grandTotal: count(ALL, ALL),
  };
  const result = suppressSmallCells(table, k);
  const decide = (hidden: boolean, members: number): CellSuppression => (!hidden ? 'shown' : members >= 1 && members < k ? 'small_cell' : 'complementary');

  const aggregates: ExportedAggregate[] = [];
  const emit = (unit: string | null, period: string | null, hidden: boolean): void => {
    const suppression = decide(hidden, count(unit, period));
    for (const measure of measures) {
      const row = byKey.get(key(unit, period, measure));
      const shown = suppression === 'shown';
      aggregates.push({ unit, period, measure, members: shown ? (row?.members ?? 0) : null, n: shown ? (row?.n ?? 0) : null, mean: shown ? (row?.mean ?? null) : null, suppression });
    }
  };
  units.forEach((unit, r) => {
    periods.forEach((period, c) => emit(unit, period, result.suppressed[r][c]));
    emit(unit, ALL, result.rowTotalSuppressed[r]);
  });
  periods.forEach((period, c) => emit(ALL, period, result.columnTotalSuppressed[c]));
  emit(ALL, ALL, result.grandTotalSuppressed);
  return { aggregates, rule: result.rule };
}

const key = (unit: string | null, period: string | null, measure: string) => `${unit ?? '*'}|${period ?? '*'}|${measure}`;
