import { suppressionRule, suppressSmallCells } from './suppression';

/*
 * Members per program and month, k = 11:
 *            Jan  Feb  Mar | total
 *   A         20    3   25 |    48
 *   B         30   15   40 |    85
 *   C         18   22   12 |    52
 *   total     68   40   77 |   185
 * Primary: A/Feb = 3 (1 ≤ 3 < 11). Alone it is derivable twice: 48 − 20 − 25 and 40 − 15 − 22.
 * Complementary, by hand: hide the cheapest set of shown values that puts A/Feb on a cycle of hidden cells, so that every
 * row and column it touches has 2 unknowns. Rectangles A/Feb–A/x–y/x–y/Feb cost:
 *   via A/Jan: B → 20 + 30 + 15 = 65, C → 20 + 18 + 22 = 60;  via A/Mar: B → 25 + 40 + 15 = 80, C → 25 + 12 + 22 = 59
 * and any route through a total costs more (48 + 85 + …). So A/Mar, C/Mar and C/Feb are hidden too (59 members' worth).
 */
const table = {
  rowKeys: ['A', 'B', 'C'],
  columnKeys: ['Jan', 'Feb', 'Mar'],
  cells: [
    [20, 3, 25],
    [30, 15, 40],
    [18, 22, 12],
  ],
  rowTotals: [48, 85, 52],
  columnTotals: [68, 40, 77],
  grandTotal: 185,
};

describe('suppression of one small cell in a 3 × 3 table with margins', () => {
  it('hides the small cell and the cheapest rectangle that protects it, and no total', () => {
    expect(suppressSmallCells(table, 11)).toEqual({
      suppressed: [
        [false, true, true],
        [false, false, false],
        [false, true, true],
      ],
      rowTotalSuppressed: [false, false, false],
      columnTotalSuppressed: [false, false, false],
      grandTotalSuppressed: false,
      rule: suppressionRule(11),
    });
  });

  it('hides nothing when every value reaches k', () => {
    const large = {
      ...table,
      cells: table.cells.map((row) => row.map((members) => (members === 3 ? 13 : members))),
      rowTotals: [58, 85, 52],
      columnTotals: [68, 50, 77],
      grandTotal: 195,
    };
    expect(suppressSmallCells(large, 11).suppressed.flat().some(Boolean)).toBe(false);
  });

  it('hides the same cells with k = 5, the lowest allowed, since 3 is still below it and 12 is not', () => {
    const result = suppressSmallCells(table, 5);
    expect(result.suppressed).toEqual(suppressSmallCells(table, 11).suppressed);
    expect(result.rule).toBe(suppressionRule(5));
  });
});
