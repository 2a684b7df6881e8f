import { DEFAULT_SUPPRESSION_K, MIN_SUPPRESSION_K, suppressionRule, suppressSmallCells } from './suppression';

describe('suppression with small totals, zeros and missing margins (k = 11)', () => {
  it('shows zeros', () => {
    const result = suppressSmallCells(
      {
        rowKeys: ['A', 'B'],
        columnKeys: ['x', 'y'],
        cells: [
          [0, 15],
          [12, 20],
        ],
        rowTotals: [15, 32],
        columnTotals: [12, 35],
        grandTotal: 47,
      },
      11,
    );
    expect(result.suppressed).toEqual([
      [false, false],
      [false, false],
    ]);
  });

  it('hides a small row total, and what would give it away through the grand total', () => {
    /*
     *          x    y | total
     *   A      3*   4*|    7*
     *   B     20   30 |   50
     *   total 23   34 |   57
     * Primary: 3, 4 and 7. Column x would give A/x = 23 − 20, so B/x and B/y are hidden (50, cheaper than the column totals
     * 23 + 34 = 57). Then A's total would be 57 − 50, so B's total is hidden too: every equation now has 2 unknowns or more.
     */
    expect(
      suppressSmallCells(
        {
          rowKeys: ['A', 'B'],
          columnKeys: ['x', 'y'],
          cells: [
            [3, 4],
            [20, 30],
          ],
          rowTotals: [7, 50],
          columnTotals: [23, 34],
          grandTotal: 57,
        },
        11,
      ),
    ).toEqual({
      suppressed: [
        [true, true],
        [true, true],
      ],
      rowTotalSuppressed: [true, true],
      columnTotalSuppressed: [false, false],
      grandTotalSuppressed: false,
      rule: suppressionRule(11),
    });
  });

  it('hides only the small cell when the table has no totals to subtract from', () => {
    const result = suppressSmallCells(
      {
        rowKeys: ['A', 'B'],
        columnKeys: ['x', 'y'],
        cells: [
          [3, 20],
          [15, 30],
        ],
      },
      11,
    );
    expect(result).toMatchObject({
      suppressed: [
        [true, false],
        [false, false],
      ],
      rowTotalSuppressed: [false, false],
      columnTotalSuppressed: [false, false],
      grandTotalSuppressed: false,
    });
  });

  it('protects a small cell along its row when only row totals are published', () => {
    // A = 23 − 20 would reveal A/x; hiding A/y (20) leaves row A with 2 unknowns, and columns have no totals.
    const result = suppressSmallCells(
      {
        rowKeys: ['A', 'B'],
        columnKeys: ['x', 'y'],
        cells: [
          [3, 20],
          [15, 30],
        ],
        rowTotals: [23, 45],
      },
      11,
    );
    expect(result.suppressed).toEqual([
      [true, true],
      [false, false],
    ]);
    expect(result.rowTotalSuppressed).toEqual([false, false]);
  });

  it('hides a small grand total and what would give it away', () => {
    // 1 × 1: the cell, its row and column totals and the grand total all say 6, so all are hidden.
    const result = suppressSmallCells({ rowKeys: ['A'], columnKeys: ['x'], cells: [[6]], rowTotals: [6], columnTotals: [6], grandTotal: 6 }, 11);
    expect(result).toMatchObject({ suppressed: [[true]], rowTotalSuppressed: [true], columnTotalSuppressed: [true], grandTotalSuppressed: true });
  });

  it('refuses a k below 5, a fractional k, a table of the wrong shape and counts that cannot be', () => {
    const ok = { rowKeys: ['A'], columnKeys: ['x'], cells: [[6]] };
    expect(() => suppressSmallCells(ok, 4)).toThrow(RangeError);
    expect(() => suppressSmallCells(ok, 10.5)).toThrow(RangeError);
    expect(() => suppressSmallCells(ok, 5)).not.toThrow();
    expect(() => suppressSmallCells({ ...ok, cells: [[6, 1]] }, 11)).toThrow(RangeError);
    expect(() => suppressSmallCells({ ...ok, rowTotals: [6, 1] }, 11)).toThrow(RangeError);
    expect(() => suppressSmallCells({ ...ok, cells: [[-1]] }, 11)).toThrow(RangeError);
    expect(() => suppressSmallCells({ ...ok, cells: [[2.5]] }, 11)).toThrow(RangeError);
  });

  it('defaults to k = 11 and never goes below 5', () => {
    expect([DEFAULT_SUPPRESSION_K, MIN_SUPPRESSION_K]).toEqual([11, 5]);
  });
});
