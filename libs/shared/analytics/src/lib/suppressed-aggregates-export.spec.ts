import { suppressAggregates, type AggregateRow } from './suppressed-aggregates';

/**
 * Two groups × two months, one measure, k = 11 (members):
 *            Sep   Oct | all
 *   A         12     3 |  13
 *   B         20    25 |  30
 *   all       32    28 |  43
 * A/Oct (3) is small. Row A or column Oct would give it away by subtraction (members are distinct counts, but n and
 * sums add up), so more values are hidden: whichever, no hidden value may be alone in a row or column equation.
 */
const rows = (measure: string): AggregateRow[] => [
  { unit: 'A', period: '2026-09-01', measure, members: 12, n: 12, mean: 6 },
  { unit: 'A', period: '2026-10-01', measure, members: 3, n: 3, mean: 2 },
  { unit: 'B', period: '2026-09-01', measure, members: 20, n: 20, mean: 7 },
  { unit: 'B', period: '2026-10-01', measure, members: 25, n: 25, mean: 8 },
  { unit: 'A', period: null, measure, members: 13, n: 15, mean: 5.2 },
  { unit: 'B', period: null, measure, members: 30, n: 45, mean: 7.55 },
  { unit: null, period: '2026-09-01', measure, members: 32, n: 32, mean: 6.625 },
  { unit: null, period: '2026-10-01', measure, members: 28, n: 28, mean: 7.36 },
  { unit: null, period: null, measure, members: 43, n: 60, mean: 6.96 },
];

describe('suppressing an aggregate export (k = 11)', () => {
  const { aggregates, rule } = suppressAggregates(rows('belonging'), ['belonging'], 11);
  const find = (unit: string | null, period: string | null) => aggregates.find((a) => a.unit === unit && a.period === period);

  it('hides the small cell, and shows nothing of it', () => {
    expect(find('A', '2026-10-01')).toEqual({ unit: 'A', period: '2026-10-01', measure: 'belonging', members: null, n: null, mean: null, suppression: 'small_cell' });
  });

  it('never shows a count from 1 to k − 1', () => {
    for (const aggregate of aggregates) if (aggregate.members !== null) expect(aggregate.members === 0 || aggregate.members >= 11).toBe(true);
  });

  it('leaves no row or column equation with a single hidden value', () => {
    const hidden = (unit: string | null, period: string | null) => find(unit, period)?.suppression !== 'shown';
    const equations = [
      [['A', '2026-09-01'], ['A', '2026-10-01'], ['A', null]],
      [['B', '2026-09-01'], ['B', '2026-10-01'], ['B', null]],
      [['A', '2026-09-01'], ['B', '2026-09-01'], [null, '2026-09-01']],
      [['A', '2026-10-01'], ['B', '2026-10-01'], [null, '2026-10-01']],
      [['A', null], ['B', null], [null, null]],
      [[null, '2026-09-01'], [null, '2026-10-01'], [null, null]],
    ] as const;
    for (const equation of equations) expect(equation.filter(([unit, period]) => hidden(unit, period)).length).not.toBe(1);
  });

  it('marks the cells hidden to protect others as complementary, and states the rule', () => {
    expect(aggregates.filter((a) => a.suppression === 'complementary').length).toBeGreaterThan(0);
    expect(rule).toContain('fewer than 11 members');
  });

  it('decides once per cell for every measure, on the fewest members of any measure', () => {
    const fewerLearning = rows('learning').map((row) => (row.unit === 'B' && row.period === '2026-09-01' ? { ...row, members: 4 } : row));
    const both = suppressAggregates([...rows('belonging'), ...fewerLearning], ['belonging', 'learning'], 11).aggregates;
    const cell = both.filter((a) => a.unit === 'B' && a.period === '2026-09-01');
    expect(cell.map((a) => [a.measure, a.suppression])).toEqual([['belonging', 'small_cell'], ['learning', 'small_cell']]);
  });

  it('shows an empty cell as 0 members', () => {
    const withoutOne = rows('belonging').filter((row) => !(row.unit === 'B' && row.period === '2026-10-01'));
    const result = suppressAggregates(withoutOne, ['belonging'], 11).aggregates.find((a) => a.unit === 'B' && a.period === '2026-10-01');
    expect(result).toMatchObject({ members: 0, n: 0, mean: null, suppression: 'shown' });
  });
});
