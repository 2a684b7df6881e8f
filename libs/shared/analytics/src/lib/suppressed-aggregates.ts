import { suppressionRule, suppressSmallCells, type CountTable, type TableEntry } from './suppression';

/** One aggregate as PostgreSQL's GROUPING SETS give it: a null unit or period is the total over all of them. */
export interface AggregateRow {
  unit: string | null;
  period: string | null;
  measure: string;
  /** Distinct members who rated this measure in the cell. */
  members: number;
  /**
   * Who they are, as any identifiers that never leave the function: with them, hidden values of a row or column are
   * counted as the distinct members they cover together (the same member in two months counts once).
   */
  memberIds?: readonly string[];
  n: number;
  mean: number | null;
}

/** `suppressed`: hidden, whatever the reason; `no_data`: nobody rated the measure there (members and n are 0). */
export type CellSuppression = 'shown' | 'suppressed' | 'no_data';

/** An aggregate as it may leave the organization: a suppressed value shows neither its members, n nor mean. */
export interface ExportedAggregate {
  /** A unit (group or program) or null for the total of all units. */
  unit: string | null;
  period: string;
  measure: string;
  members: number | null;
  n: number | null;
  mean: number | null;
  suppression: CellSuppression;
}

export const ALL = null;

/** A period total (all units of one period) that another export hides, for one measure. */
export type HiddenElsewhere = (period: string, measure: string) => boolean;

/**
 * Small-cell and complementary suppression of an aggregate table of units × periods with its period totals, measure by
 * measure: a measure's cell is decided on the members who rated that measure, whatever the other measures hold.
 * Totals over several periods are never published: two exports of overlapping ranges would differ by exactly the
 * periods between them, and give away a hidden one. So each period is decided on its own, whatever the range asked
 * for. `hiddenElsewhere` names period totals that a wider export hides (a program's month in the organization's
 * export): that month is hidden whole here, its total and every unit under it. Units and periods come sorted; the
 * aggregates come per unit (its periods), then the period totals, each with one row per measure.
 */
export function suppressAggregates(
  rows: readonly AggregateRow[],
  measures: readonly string[],
  k: number,
  hiddenElsewhere: HiddenElsewhere = () => false,
): { aggregates: ExportedAggregate[]; rule: string } {
  const units = [...new Set(rows.map((row) => row.unit).filter((unit): unit is string => unit !== null))].sort();
  const periods = [...new Set(rows.map((row) => row.period).filter((period): period is string => period !== null))].sort();
  const byKey = new Map(rows.map((row) => [key(row.unit, row.period, row.measure), row]));
  const unitOf = (entry: TableEntry): string | null => (entry.kind === 'cell' || entry.kind === 'rowTotal' ? units[entry.row] : ALL);
  const periodOf = (entry: TableEntry): string | null => (entry.kind === 'cell' || entry.kind === 'columnTotal' ? periods[entry.column] : ALL);

  const hiddenByMeasure = new Map(
    measures.map((measure) => {
      const row = (unit: string | null, period: string | null) => byKey.get(key(unit, period, measure));
      const count = (unit: string | null, period: string | null): number => row(unit, period)?.members ?? 0;
      const withIds = rows.some((r) => r.measure === measure && r.memberIds !== undefined);
      const table: CountTable = {
        rowKeys: units,
        columnKeys: periods,
        cells: units.map((unit) => periods.map((period) => count(unit, period))),
        columnTotals: periods.map((period) => count(ALL, period)),
        // A month the wider export hides is hidden whole here: its total, and every unit under it. Showing some units
        // would let a reader subtract them from what the wider export shows, and solve the rest together.
        alsoHidden: (entry) => (entry.kind === 'columnTotal' || entry.kind === 'cell') && hiddenElsewhere(periods[entry.column], measure),
        ...(withIds
          ? { membersOf: (entries: readonly TableEntry[]) => new Set(entries.flatMap((entry) => row(unitOf(entry), periodOf(entry))?.memberIds ?? [])).size }
          : {}),
      };
      const result = suppressSmallCells(table, k);
      const hidden = (unit: string | null, period: string): boolean => {
        const r = unit === ALL ? -1 : units.indexOf(unit);
        const c = periods.indexOf(period);
        return r >= 0 ? result.suppressed[r][c] : result.columnTotalSuppressed[c];
      };
      return [measure, hidden] as const;
    }),
  );

  const aggregates: ExportedAggregate[] = [];
  const emit = (unit: string | null, period: string): void => {
    for (const measure of measures) {
      const row = byKey.get(key(unit, period, measure));
      if ((hiddenByMeasure.get(measure) as (u: string | null, p: string) => boolean)(unit, period)) {
        aggregates.push({ unit, period, measure, members: null, n: null, mean: null, suppression: 'suppressed' });
      } else if (!row?.members) {
        aggregates.push({ unit, period, measure, members: 0, n: 0, mean: null, suppression: 'no_data' });
      } else {
        aggregates.push({ unit, period, measure, members: row.members, n: row.n, mean: row.mean, suppression: 'shown' });
      }
    }
  };
  for (const unit of units) for (const period of periods) emit(unit, period);
  for (const period of periods) emit(ALL, period);
  return { aggregates, rule: suppressionRule(k) };
}

const key = (unit: string | null, period: string | null, measure: string) => `${unit ?? '*'}|${period ?? '*'}|${measure}`;
