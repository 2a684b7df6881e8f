import { suppressAggregates, type AggregateRow } from './suppressed-aggregates';
import { suppressionRule } from './suppression';

/**
 * Two groups × two months, one measure, k = 11 (members):
 *            Sep   Oct | all
 *   A         12     3 |  13
 *   B         20    25 |  30
 *   all       32    28 |  43
 * A/Oct (3) is small. Column Oct would give it away by subtraction (members are distinct counts, but n and sums add
 * up), so more values are hidden there: no hidden value may be alone in a month's equation. Totals over months (the
 * "all" column) are never published: each month is decided on its own.
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
    expect(find('A', '2026-10-01')).toEqual({
      unit: 'A',
      period: '2026-10-01',
      measure: 'belonging',
      members: null,
      n: null,
      mean: null,
      suppression: 'suppressed',
    });
  });

  it('never shows a count from 1 to k − 1', () => {
    for (const aggregate of aggregates) if (aggregate.members !== null) expect(aggregate.members === 0 || aggregate.members >= 11).toBe(true);
  });

  it('leaves no month’s equation with a single hidden value, and publishes no total over months', () => {
    const hidden = (unit: string | null, period: string) => find(unit, period)?.suppression !== 'shown';
    for (const period of ['2026-09-01', '2026-10-01']) expect(['A', 'B', null].filter((unit) => hidden(unit, period)).length).not.toBe(1);
    expect(aggregates.map((a) => a.period).sort()).toEqual([...Array(3).fill('2026-09-01'), ...Array(3).fill('2026-10-01')]);
  });

  it('decides a month the same whatever months the range holds, so two ranges differ by nothing hidden', () => {
    const september = rows('belonging').filter((row) => row.period === '2026-09-01');
    const alone = suppressAggregates(september, ['belonging'], 11).aggregates;
    expect(aggregates.filter((a) => a.period === '2026-09-01')).toEqual(alone);
  });

  it('hides whole a month whose total another export hides: its total and every unit under it', () => {
    const { aggregates: withHidden } = suppressAggregates(rows('belonging'), ['belonging'], 11, (period) => period === '2026-09-01');
    expect(withHidden.filter((a) => a.period === '2026-09-01').map((a) => a.suppression)).toEqual(['suppressed', 'suppressed', 'suppressed']);
    expect(withHidden.filter((a) => a.period === '2026-10-01')).toEqual(aggregates.filter((a) => a.period === '2026-10-01'));
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
    const october = (list: typeof aggregates, measure: string) =>
      list.filter((a) => a.measure === measure && a.period === '2026-10-01').map((a) => a.suppression);
    expect(october(both, 'learning')).toEqual(october(aggregates, 'belonging'));
  });

  it('hides a measure rated by few even where another measure was rated by nobody', () => {
    const onlyBelonging: AggregateRow[] = [null, '2026-10-01'].flatMap((period) =>
      [null, 'A'].map((unit) => ({ unit, period, measure: 'belonging', members: 5, n: 10, mean: 6.8 })),
    );
    const result = suppressAggregates(onlyBelonging, ['belonging', 'learning'], 11).aggregates;
    expect(result.filter((a) => a.measure === 'belonging').map((a) => a.suppression)).toEqual(['suppressed', 'suppressed']);
    expect(result.filter((a) => a.measure === 'learning')).toEqual(
      expect.arrayContaining([expect.objectContaining({ members: 0, n: 0, mean: null, suppression: 'no_data' })]),
    );
    expect(result.filter((a) => a.measure === 'learning').every((a) => a.suppression === 'no_data')).toBe(true);
  });

  it('shows a cell nobody rated as no data with 0 members', () => {
    const withoutOne = rows('belonging').filter((row) => !(row.unit === 'B' && row.period === '2026-10-01'));
    const result = suppressAggregates(withoutOne, ['belonging'], 11).aggregates.find((a) => a.unit === 'B' && a.period === '2026-10-01');
    expect(result).toMatchObject({ members: 0, n: 0, mean: null });
  });
});
