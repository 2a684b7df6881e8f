import { suppressSmallCells } from './suppression';

/*
 * k = 11. Primary suppression alone (marked *) leaves 2 or more hidden cells in every row and every column:
 *            c0   c1   c2   c3 | total
 *   r0        3*   4*  20   30 |    57
 *   r1        5*   6*   2*  25 |    38
 *   r2       40   35    7*   8*|    90
 *   r3       45   50    9*   3*|   107
 *   total    93   95   38   66 |   292
 * yet r1/c2 can still be derived from a chain of equations: adding rows r0 and r1 and subtracting columns c0 and c1 cancels
 * the whole top-left block, leaving
 *   r1/c2 = (57 + 38 − 93 − 95) − 20 − 30 − 25 + 40 + 45 + 35 + 50 = −93 − 75 + 170 = 2.
 * By hand, the cheapest shown value that joins the top-left block to the bottom-right one (so that r1/c2 lies on a cycle of
 * hidden cells) is r0/c2 = 20 (others: r1/c3 25, r0/c3 30, r2/c1 35, …, totals 38 and more).
 * That is not yet enough: columns c0 and c1 would each give a sum of hidden cells under 11 members (93 − 40 − 45 = 3 + 5
 * = 8, and 95 − 35 − 50 = 4 + 6 = 10), so each needs another hidden cell: r2/c0 = 40 and r2/c1 = 35, which row r2 (whose
 * other two are hidden already) joins at no further cost.
 */
const table = {
  rowKeys: ['r0', 'r1', 'r2', 'r3'],
  columnKeys: ['c0', 'c1', 'c2', 'c3'],
  cells: [
    [3, 4, 20, 30],
    [5, 6, 2, 25],
    [40, 35, 7, 8],
    [45, 50, 9, 3],
  ],
  rowTotals: [57, 38, 90, 107],
  columnTotals: [93, 95, 38, 66],
  grandTotal: 292,
};

describe('suppression when a cell is derivable only through a chain of equations', () => {
  it('checks the derivation above on the data', () => {
    const [r0, r1] = table.rowTotals;
    const [c0, c1] = table.columnTotals;
    const { cells } = table;
    expect(r0 + r1 - c0 - c1 - cells[0][2] - cells[0][3] - cells[1][3] + cells[2][0] + cells[3][0] + cells[2][1] + cells[3][1]).toBe(cells[1][2]);
  });

  it('also hides r0/c2, so that the chain meets a second unknown, and r2/c0 and r2/c1, so that no column gives a sum under 11', () => {
    expect(suppressSmallCells(table, 11).suppressed).toEqual([
      [true, true, true, false],
      [true, true, true, false],
      [true, true, true, true],
      [false, false, true, true],
    ]);
  });
});
