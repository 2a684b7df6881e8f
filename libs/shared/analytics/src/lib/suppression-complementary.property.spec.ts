import fc from 'fast-check';
import { type CountTable, suppressSmallCells, type SuppressionResult } from './suppression';

/*
 * Random tables of distinct-member counts (1–6 rows and columns, many small counts, margins present or not, additive or
 * — as distinct members are — anywhere between the largest cell and the sum), k from 5 to 15. The guarantee:
 *   1. no shown value lies in 1 … k − 1;
 *   2. every equation of the table (a row or column with its total, the grand total with the row or column totals) has
 *      0 or at least 2 hidden entries, so no single subtraction reveals one;
 *   3. stronger, checked by linear algebra written here independently of the library's graph method: no hidden value is
 *      determined by all the equations together. A hidden x is determined exactly when dropping its column from the
 *      equations' matrix restricted to unknowns lowers its rank (x is then fixed in every solution).
 */
const countArbitrary = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 15 }), fc.integer({ min: 0, max: 60 }));

const tableArbitrary: fc.Arbitrary<CountTable> = fc
  .record({
    rows: fc.integer({ min: 1, max: 6 }),
    columns: fc.integer({ min: 1, max: 6 }),
  })
  .chain(({ rows, columns }) =>
    fc.record({
      cells: fc.array(fc.array(countArbitrary, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
      margins: fc.record({ rows: fc.boolean(), columns: fc.boolean(), grand: fc.boolean() }),
      // Where a margin falls between the largest count under it (0) and their sum (1): members can sit in several cells.
      overlap: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  )
  .map(({ cells, margins, overlap }) => {
    const margin = (values: number[]): number => {
      const sum = values.reduce((a, b) => a + b, 0);
      const largest = Math.max(0, ...values);
      return Math.round(largest + (sum - largest) * overlap);
    };
    const rowTotals = cells.map(margin);
    const columnTotals = cells[0].map((_, j) => margin(cells.map((row) => row[j])));
    return {
      rowKeys: cells.map((_, i) => `r${i}`),
      columnKeys: cells[0].map((_, j) => `c${j}`),
      cells,
      ...(margins.rows ? { rowTotals } : {}),
      ...(margins.columns ? { columnTotals } : {}),
      ...(margins.grand ? { grandTotal: margin(margins.rows ? rowTotals : columnTotals) } : {}),
    };
  });

interface Variable {
  value: number | undefined;
  hidden: boolean;
}

/** The table's entries as variables and its additive equations as lists of variable indexes. */
function equationsOf(table: CountTable, result: SuppressionResult): { variables: Variable[]; equations: number[][] } {
  const rows = table.rowKeys.length;
  const columns = table.columnKeys.length;
  const variables: Variable[] = [];
  const cell = (i: number, j: number): number => i * columns + j;
  table.cells.forEach((row, i) => row.forEach((value, j) => variables.push({ value, hidden: result.suppressed[i][j] })));
  const rowTotal = (i: number): number => rows * columns + i;
  const columnTotal = (j: number): number => rows * columns + rows + j;
  const grand = rows * columns + rows + columns;
  for (let i = 0; i < rows; i++) variables.push({ value: table.rowTotals?.[i], hidden: result.rowTotalSuppressed[i] });
  for (let j = 0; j < columns; j++) variables.push({ value: table.columnTotals?.[j], hidden: result.columnTotalSuppressed[j] });
  variables.push({ value: table.grandTotal, hidden: result.grandTotalSuppressed });
  const range = (n: number): number[] => Array.from({ length: n }, (_, x) => x);
  const equations = [
    ...range(rows).map((i) => [rowTotal(i), ...range(columns).map((j) => cell(i, j))]),
    ...range(columns).map((j) => [columnTotal(j), ...range(rows).map((i) => cell(i, j))]),
    [grand, ...range(rows).map(rowTotal)],
    [grand, ...range(columns).map(columnTotal)],
  ];
  return { variables, equations };
}

/** Rank of the equations' coefficient matrix restricted to the given variables (Gaussian elimination, partial pivoting). */
function rank(equations: number[][], variables: number[]): number {
  const matrix = equations.map((equation) => variables.map((v) => (equation[0] === v ? 1 : equation.slice(1).includes(v) ? -1 : 0)));
  let r = 0;
  for (let c = 0; c < variables.length && r < matrix.length; c++) {
    let pivot = r;
    for (let i = r + 1; i < matrix.length; i++) if (Math.abs(matrix[i][c]) > Math.abs(matrix[pivot][c])) pivot = i;
    if (Math.abs(matrix[pivot][c]) < 1e-9) continue;
    [matrix[r], matrix[pivot]] = [matrix[pivot], matrix[r]];
    for (let i = 0; i < matrix.length; i++) {
      if (i === r) continue;
      const factor = matrix[i][c] / matrix[r][c];
      for (let k = c; k < variables.length; k++) matrix[i][k] -= factor * matrix[r][k];
    }
    r++;
  }
  return r;
}

describe('complementary suppression on random tables', () => {
  it('never shows a value of 1 to k − 1, and leaves no hidden value derivable', () => {
    fc.assert(
      fc.property(tableArbitrary, fc.integer({ min: 5, max: 15 }), (table, k) => {
        const result = suppressSmallCells(table, k);
        const { variables, equations } = equationsOf(table, result);

        for (const { value, hidden } of variables) {
          if (value !== undefined && !hidden) expect(value === 0 || value >= k).toBe(true);
          if (value !== undefined && value >= 1 && value < k) expect(hidden).toBe(true);
        }

        // An equation counts when all of its entries are published: an unpublished total is an unknown nobody can fill in.
        for (const equation of equations) {
          if (equation.some((v) => variables[v].value === undefined)) continue;
          const hiddenCount = equation.filter((v) => variables[v].hidden).length;
          expect(hiddenCount === 0 || hiddenCount >= 2).toBe(true);
        }
        if (table.rowTotals !== undefined && table.columnTotals !== undefined && table.grandTotal === undefined) {
          const rowsThenColumns = variables.slice(table.cells.flat().length, -1);
          const hiddenCount = rowsThenColumns.filter((v) => v.hidden).length;
          expect(hiddenCount === 0 || hiddenCount >= 2).toBe(true);
        }

        const unknown = variables.flatMap((v, index) => (v.value === undefined || v.hidden ? [index] : []));
        const fullRank = rank(equations, unknown);
        for (const x of unknown) {
          if (variables[x].value === undefined) continue;
          expect({ entry: x, determined: rank(equations, unknown.filter((u) => u !== x)) < fullRank }).toEqual({ entry: x, determined: false });
        }
      }),
      { numRuns: 400 },
    );
  });
});
