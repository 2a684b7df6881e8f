import { suppressAggregates, type AggregateRow } from './suppressed-aggregates';
import { suppressionRule } from './suppression';

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
    expect(find('A', '2026-10-01')).toEqual({ unit: 'A', period: '2026-10-01', measure: 'belonging', members: null, n: null, mean: null, suppression: 'suppressed' });
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

  it('gives every hidden value one label, whatever hid it, and states the rule', () => {
    expect(aggregates.filter((a) => a.suppression === 'suppressed').length).toBeGreaterThan(1);
    expect(rule).toBe(suppressionRule(11));
  });

  it('decides each measure on the members who rated it, whatever the other measures hold', () => {
    const fewerLearning = rows('learning').map((row) => (row.unit === 'B' && row.period === '2026-09-01' ? { ...row, members: 4 } : row));
    const both = suppressAggregates([...rows('belonging'), ...fewerLearning], ['belonging', 'learning'], 11).aggregates;
    expect(both.filter((a) => a.measure === 'belonging')).toEqual(aggregates);
    expect(both.find((a) => a.measure === 'learning' && a.unit === 'B' && a.period === '2026-09-01')?.suppression).toBe('suppressed');
    expect(both.find((a) => a.measure === 'learning' && a.unit === 'B' && a.period === null)?.suppression).toBe('shown');
  });

  it('hides a measure rated by few even where another measure was rated by nobody', () => {
    const onlyBelonging: AggregateRow[] = [null, '2026-10-01'].flatMap((period) => [null, 'A'].map((unit) => ({ unit, period, measure: 'belonging', members: 5, n: 10, mean: 6.8 })));
    const result = suppressAggregates(onlyBelonging, ['belonging', 'learning'], 11).aggregates;
    expect(result.filter((a) => a.measure === 'belonging').map((a) => a.suppression)).toEqual(['suppressed', 'suppressed', 'suppressed', 'suppressed']);
    expect(result.filter((a) => a.measure === 'learning')).toEqual(expect.arrayContaining([expect.objectContaining({ members: 0, n: 0, mean: null, suppression: 'no_data' })]));
    expect(result.filter((a) => a.measure === 'learning').every((a) => a.suppression === 'no_data')).toBe(true);
  });

  it('counts the members of hidden cells of one unit once when the same members rated in several months', () => {
    // The same 6 members in both months of unit A: hiding both months covers 6 members, not 12, so at k = 11 the row
    // total (6) is small and hidden too; with identifiers the export knows it.
    const same = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'];
    const b = Array.from({ length: 20 }, (_, i) => `b${i}`);
    const table: AggregateRow[] = [
      { unit: 'A', period: '2026-09-01', measure: 'belonging', members: 6, memberIds: same, n: 6, mean: 5 },
      { unit: 'A', period: '2026-10-01', measure: 'belonging', members: 6, memberIds: same, n: 6, mean: 5 },
      { unit: 'A', period: null, measure: 'belonging', members: 6, memberIds: same, n: 12, mean: 5 },
      { unit: 'B', period: '2026-09-01', measure: 'belonging', members: 20, memberIds: b, n: 20, mean: 7 },
      { unit: 'B', period: '2026-10-01', measure: 'belonging', members: 20, memberIds: b, n: 20, mean: 7 },
      { unit: 'B', period: null, measure: 'belonging', members: 20, memberIds: b, n: 40, mean: 7 },
      { unit: null, period: '2026-09-01', measure: 'belonging', members: 26, memberIds: [...same, ...b], n: 26, mean: 6.5 },
      { unit: null, period: '2026-10-01', measure: 'belonging', members: 26, memberIds: [...same, ...b], n: 26, mean: 6.5 },
      { unit: null, period: null, measure: 'belonging', members: 26, memberIds: [...same, ...b], n: 52, mean: 6.5 },
    ];
    const result = suppressAggregates(table, ['belonging'], 11).aggregates;
    const hidden = result.filter((a) => a.suppression === 'suppressed').map((a) => [a.unit, a.period]);
    expect(hidden).toEqual(expect.arrayContaining([['A', '2026-09-01'], ['A', '2026-10-01'], ['A', null]]));
    // Row B and the totals then protect A: no row or column holds hidden values that add up to fewer than 11 members.
    expect(hidden.filter(([unit]) => unit === 'B').length).toBeGreaterThanOrEqual(2);
  });

  it('shows a cell nobody rated as no data with 0 members', () => {
    const withoutOne = rows('belonging').filter((row) => !(row.unit === 'B' && row.period === '2026-10-01'));
    const result = suppressAggregates(withoutOne, ['belonging'], 11).aggregates.find((a) => a.unit === 'B' && a.period === '2026-10-01');
    expect(result).toMatchObject({ members: 0, n: 0, mean: null });
  });
});
