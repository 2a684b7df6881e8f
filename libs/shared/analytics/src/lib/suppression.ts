import { cheapestPath, type Edge, hiddenBridges } from './suppression-graph';

/** Default minimum cell size for aggregates that leave the organization (CMS cell-size suppression policy). */
export const DEFAULT_SUPPRESSION_K = 11;
/** The organization's k may never be set below this. */
export const MIN_SUPPRESSION_K = 5;

/** A table of distinct-member counts with optional margins, as it would be exported. */
export interface CountTable {
  rowKeys: string[];
  columnKeys: string[];
  /** Distinct members per cell, `cells[row][column]`. */
  cells: number[][];
  rowTotals?: number[];
  columnTotals?: number[];
  grandTotal?: number;
}

/** Which values of a `CountTable` to hide; totals the table does not have are reported as not suppressed. */
export interface SuppressionResult {
  suppressed: boolean[][];
  rowTotalSuppressed: boolean[];
  columnTotalSuppressed: boolean[];
  grandTotalSuppressed: boolean;
  rule: string;
}

type Entry = { kind: 'cell'; row: number; column: number } | { kind: 'rowTotal'; row: number } | { kind: 'columnTotal'; column: number } | { kind: 'grandTotal' };

const SOURCE = 0;
const SINK = 1;
/** A total is hidden only when no cell of the same value would do: the margins are what readers use most. */
const TOTAL_PREMIUM = 0.5;

/**
 * Small-cell suppression for exports (DESIGN.md section 3). Primary: every cell or total built from 1 to k − 1 members is
 * hidden (0 may be shown). Complementary: while a hidden value could still be derived from shown ones by adding and
 * subtracting the table's row, column and total equations (one equation or a chain of them), also hide the cheapest set
 * of shown values (smallest counts first, cells before totals) that closes it into a cycle of hidden
 * values. So every row or column equation ends with 0 or at least 2 hidden values, and no hidden value is determined.
 */
export function suppressSmallCells(table: CountTable, k: number): SuppressionResult {
  if (!Number.isInteger(k) || k < MIN_SUPPRESSION_K) throw new RangeError(`k must be a whole number ≥ ${MIN_SUPPRESSION_K}, got ${k}`);
  validate(table);
  const rows = table.rowKeys.length;
  const columns = table.columnKeys.length;
  const rowNode = (row: number): number => 2 + row;
  const columnNode = (column: number): number => 2 + rows + column;

  const entries: Entry[] = [];
  const edges: Edge[] = [];
  // null: the table does not publish this value, so it is unknown to a reader without being protected.
  const values: (number | null)[] = [];
  const add = (entry: Entry, edge: Edge, value: number | null): void => {
    entries.push(entry);
    edges.push(edge);
    values.push(value);
  };
  table.cells.forEach((cells, row) => cells.forEach((value, column) => add({ kind: 'cell', row, column }, { from: rowNode(row), to: columnNode(column) }, value)));
  for (let row = 0; row < rows; row++) add({ kind: 'rowTotal', row }, { from: SOURCE, to: rowNode(row) }, table.rowTotals?.[row] ?? null);
  for (let column = 0; column < columns; column++) add({ kind: 'columnTotal', column }, { from: columnNode(column), to: SINK }, table.columnTotals?.[column] ?? null);
  add({ kind: 'grandTotal' }, { from: SINK, to: SOURCE }, table.grandTotal ?? null);

  const nodeCount = 2 + rows + columns;
  const suppressed = values.map((value) => value !== null && value >= 1 && value < k);
  const hidden = (): boolean[] => values.map((value, edge) => value === null || suppressed[edge]);
  // A shown 0 is used only when nothing else closes the cycle, so it costs more than all shown values together.
  const zeroCost = 1 + values.reduce<number>((total, value) => total + (value ?? 0), 0) * (1 + TOTAL_PREMIUM);
  const cost = (edge: number): number => {
    const value = values[edge];
    if (value === null || suppressed[edge]) return 0;
    if (value === 0) return zeroCost;
    return value + (entries[edge].kind === 'cell' ? 0 : TOTAL_PREMIUM);
  };

  const unprotectable = new Set<number>();
  for (;;) {
    const bridges = hiddenBridges(nodeCount, edges, hidden());
    const exposed = suppressed.findIndex((isSuppressed, edge) => isSuppressed && bridges.has(edge) && !unprotectable.has(edge));
    if (exposed === -1) break;
    const path = cheapestPath(nodeCount, edges, exposed, cost);
    // Only an inconsistent table (a total with no cells under it) leaves a value that no cycle can reach.
    if (path === null) unprotectable.add(exposed);
    else for (const edge of path) suppressed[edge] = true;
  }

  const result: SuppressionResult = {
    suppressed: table.cells.map((cells) => cells.map(() => false)),
    rowTotalSuppressed: new Array<boolean>(rows).fill(false),
    columnTotalSuppressed: new Array<boolean>(columns).fill(false),
    grandTotalSuppressed: false,
    rule: `Cells built from fewer than ${k} members are suppressed, and so are cells from which one could be derived by subtraction.`,
  };
  entries.forEach((entry, edge) => {
    if (!suppressed[edge]) return;
    switch (entry.kind) {
      case 'cell':
        result.suppressed[entry.row][entry.column] = true;
        break;
      case 'rowTotal':
        result.rowTotalSuppressed[entry.row] = true;
        break;
      case 'columnTotal':
        result.columnTotalSuppressed[entry.column] = true;
        break;
      case 'grandTotal':
        result.grandTotalSuppressed = true;
        break;
    }
  });
  return result;
}

function validate(table: CountTable): void {
  const rows = table.rowKeys.length;
  const columns = table.columnKeys.length;
  if (table.cells.length !== rows || table.cells.some((cells) => cells.length !== columns)) {
    throw new RangeError(`cells must be ${rows} rows of ${columns} counts, one per row and column key`);
  }
  if (table.rowTotals !== undefined && table.rowTotals.length !== rows) throw new RangeError(`rowTotals must have ${rows} counts`);
  if (table.columnTotals !== undefined && table.columnTotals.length !== columns) throw new RangeError(`columnTotals must have ${columns} counts`);
  const counts = [...table.cells.flat(), ...(table.rowTotals ?? []), ...(table.columnTotals ?? []), ...(table.grandTotal === undefined ? [] : [table.grandTotal])];
  const bad = counts.find((count) => !Number.isInteger(count) || count < 0);
  if (bad !== undefined) throw new RangeError(`member counts must be whole numbers ≥ 0, got ${bad}`);
}
