import fc from 'fast-check';
import { type CountTable, suppressSmallCells, type SuppressionResult, type TableEntry } from './suppression';

/*
 * Random tables built from members (1–5 units × 1–5 periods, up to 40 members, each in one unit — sometimes two — and
 * some of its periods, rated 1–3 times there, scores 0–10), k from 5 to 15. For each value the table publishes: distinct
 * members, n and the sum of scores (what mean × n gives). What a reader sees: the values not suppressed.
 * The guarantee, checked by exact rational arithmetic (BigInt fractions) written here independently of the library's
 * graph method:
 *   1. no shown value counts 1 … k − 1 members;
 *   2. no hidden value of 1 … k − 1 members, and no sum of hidden cells of one row or column (a row or column of the
 *      table, or the row or column of totals) that covers 1 … k − 1 distinct members, can be solved from the shown values
 *      and the table's equations (each row, column, row of totals and column of totals adds up);
 *   3. whatever can be solved is solved right (the solver is no straw man).
 */

/** An exact rational number, always in lowest terms with a positive denominator. */
class Fraction {
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}
  static of(num: bigint, den = 1n): Fraction {
    if (den === 0n) throw new RangeError('division by zero');
    const sign = den < 0n ? -1n : 1n;
    const divisor = gcd(num < 0n ? -num : num, den < 0n ? -den : den) || 1n;
    return new Fraction((sign * num) / divisor, (sign * den) / divisor);
  }
  static readonly ZERO = Fraction.of(0n);
  isZero = (): boolean => this.num === 0n;
  plus = (other: Fraction): Fraction => Fraction.of(this.num * other.den + other.num * this.den, this.den * other.den);
  minus = (other: Fraction): Fraction => Fraction.of(this.num * other.den - other.num * this.den, this.den * other.den);
  times = (other: Fraction): Fraction => Fraction.of(this.num * other.num, this.den * other.den);
  dividedBy = (other: Fraction): Fraction => Fraction.of(this.num * other.den, this.den * other.num);
}
function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

interface Member {
  units: number[];
  ratings: { period: number; score: number }[];
}

interface Value {
  entry: TableEntry;
  members: Set<number>;
  n: bigint;
  sum: bigint;
}

interface Built {
  table: CountTable;
  values: Value[];
  /** Each equation as a list of [value index, coefficient]: the total minus its parts is 0. */
  equations: [number, bigint][][];
  /** Each line's parts (the cells of a row or column, the totals of the row or column of totals). */
  lines: number[][];
}

const memberArbitrary = (units: number, periods: number): fc.Arbitrary<Member> =>
  fc.record({
    units: fc.oneof(
      { weight: 5, arbitrary: fc.integer({ min: 0, max: units - 1 }).map((u) => [u]) },
      { weight: 1, arbitrary: fc.uniqueArray(fc.integer({ min: 0, max: units - 1 }), { minLength: 1, maxLength: 2 }) },
    ),
    ratings: fc.array(fc.record({ period: fc.integer({ min: 0, max: periods - 1 }), score: fc.integer({ min: 0, max: 10 }) }), { minLength: 1, maxLength: 6 }),
  });

const scenarioArbitrary = fc
  .record({ units: fc.integer({ min: 1, max: 5 }), periods: fc.integer({ min: 1, max: 5 }), k: fc.integer({ min: 5, max: 15 }) })
  .chain(({ units, periods, k }) =>
    fc.record({
      units: fc.constant(units),
      periods: fc.constant(periods),
      k: fc.constant(k),
      members: fc.array(memberArbitrary(units, periods), { maxLength: 40 }),
    }),
  );

function build(units: number, periods: number, members: readonly Member[]): Built {
  const values: Value[] = [];
  const index = new Map<string, number>();
  const valueOf = (entry: TableEntry): Value => {
    const key = JSON.stringify(entry);
    if (!index.has(key)) {
      index.set(key, values.length);
      values.push({ entry, members: new Set(), n: 0n, sum: 0n });
    }
    return values[index.get(key) as number];
  };
  const cell = (row: number, column: number) => valueOf({ kind: 'cell', row, column });
  const rowTotal = (row: number) => valueOf({ kind: 'rowTotal', row });
  const columnTotal = (column: number) => valueOf({ kind: 'columnTotal', column });
  const grand = () => valueOf({ kind: 'grandTotal' });
  for (let r = 0; r < units; r++) for (let c = 0; c < periods; c++) cell(r, c);
  for (let r = 0; r < units; r++) rowTotal(r);
  for (let c = 0; c < periods; c++) columnTotal(c);
  grand();
  members.forEach((member, id) => {
    member.ratings.forEach(({ period, score }, i) => {
      const unit = member.units[i % member.units.length];
      for (const value of [cell(unit, period), rowTotal(unit), columnTotal(period), grand()]) {
        value.members.add(id);
        value.n += 1n;
        value.sum += BigInt(score);
      }
    });
  });
  const at = (entry: TableEntry): number => index.get(JSON.stringify(entry)) as number;
  const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
  const lines = [
    ...range(units).map((r) => ({ total: at({ kind: 'rowTotal', row: r }), parts: range(periods).map((c) => at({ kind: 'cell', row: r, column: c })) })),
    ...range(periods).map((c) => ({ total: at({ kind: 'columnTotal', column: c }), parts: range(units).map((r) => at({ kind: 'cell', row: r, column: c })) })),
    { total: at({ kind: 'grandTotal' }), parts: range(units).map((r) => at({ kind: 'rowTotal', row: r })) },
    { total: at({ kind: 'grandTotal' }), parts: range(periods).map((c) => at({ kind: 'columnTotal', column: c })) },
  ];
  const count = (entry: TableEntry) => values[at(entry)].members.size;
  const table: CountTable = {
    rowKeys: range(units).map((r) => `u${r}`),
    columnKeys: range(periods).map((c) => `p${c}`),
    cells: range(units).map((r) => range(periods).map((c) => count({ kind: 'cell', row: r, column: c }))),
    rowTotals: range(units).map((r) => count({ kind: 'rowTotal', row: r })),
    columnTotals: range(periods).map((c) => count({ kind: 'columnTotal', column: c })),
    grandTotal: count({ kind: 'grandTotal' }),
    membersOf: (entries) => new Set(entries.flatMap((entry) => [...values[at(entry)].members])).size,
  };
  return {
    table,
    values,
    equations: lines.map((line) => [[line.total, 1n], ...line.parts.map((part): [number, bigint] => [part, -1n])]),
    lines: lines.map((line) => line.parts),
  };
}

const isHidden = (result: SuppressionResult, entry: TableEntry): boolean => {
  switch (entry.kind) {
    case 'cell':
      return result.suppressed[entry.row][entry.column];
    case 'rowTotal':
      return result.rowTotalSuppressed[entry.row];
    case 'columnTotal':
      return result.columnTotalSuppressed[entry.column];
    case 'grandTotal':
      return result.grandTotalSuppressed;
  }
};

/**
 * What a reader can solve: the equations restricted to the hidden values, with the shown values moved to the right-hand
 * side (for n and for the sum), in reduced row echelon form over the rationals.
 */
class Reader {
  private readonly rows: { coefficients: Fraction[]; n: Fraction; sum: Fraction; pivot: number }[] = [];

  constructor(
    built: Built,
    private readonly hidden: number[],
  ) {
    const column = new Map(hidden.map((value, j) => [value, j]));
    const pending = built.equations.map((equation) => {
      const coefficients = hidden.map(() => Fraction.ZERO);
      let n = Fraction.ZERO;
      let sum = Fraction.ZERO;
      for (const [value, coefficient] of equation) {
        const j = column.get(value);
        if (j !== undefined) coefficients[j] = coefficients[j].plus(Fraction.of(coefficient));
        else {
          n = n.minus(Fraction.of(coefficient * built.values[value].n));
          sum = sum.minus(Fraction.of(coefficient * built.values[value].sum));
        }
      }
      return { coefficients, n, sum };
    });
    for (let j = 0; j < hidden.length; j++) {
      const p = pending.findIndex((row) => !row.coefficients[j].isZero());
      if (p === -1) continue;
      const [row] = pending.splice(p, 1);
      const scale = row.coefficients[j];
      const pivotRow = { coefficients: row.coefficients.map((x) => x.dividedBy(scale)), n: row.n.dividedBy(scale), sum: row.sum.dividedBy(scale), pivot: j };
      for (const other of [...pending, ...this.rows]) {
        const factor = other.coefficients[j];
        if (factor.isZero()) continue;
        other.coefficients = other.coefficients.map((x, i) => x.minus(factor.times(pivotRow.coefficients[i])));
        other.n = other.n.minus(factor.times(pivotRow.n));
        other.sum = other.sum.minus(factor.times(pivotRow.sum));
      }
      this.rows.push(pivotRow);
    }
  }

  /** The n and sum of Σ x_i · hidden value i when the shown values determine it; null when they do not. */
  solve(weights: Map<number, bigint>): { n: Fraction; sum: Fraction } | null {
    let rest = this.hidden.map((value) => Fraction.of(weights.get(value) ?? 0n));
    let n = Fraction.ZERO;
    let sum = Fraction.ZERO;
    for (const row of this.rows) {
      const factor = rest[row.pivot];
      if (factor.isZero()) continue;
      rest = rest.map((x, i) => x.minus(factor.times(row.coefficients[i])));
      n = n.plus(factor.times(row.n));
      sum = sum.plus(factor.times(row.sum));
    }
    return rest.every((x) => x.isZero()) ? { n, sum } : null;
  }
}

/** Every non-empty subset of a list. */
const subsets = <T>(items: readonly T[]): T[][] => items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item]), [item]], []);

function leaks(built: Built, result: SuppressionResult, k: number): string[] {
  const hidden = built.values.flatMap((value, i) => (isHidden(result, value.entry) ? [i] : []));
  const reader = new Reader(built, hidden);
  const small = (members: number) => members >= 1 && members < k;
  const found: string[] = [];
  const check = (group: number[]) => {
    const solved = reader.solve(new Map(group.map((value) => [value, 1n])));
    if (solved === null) return;
    const truth = { n: group.reduce((t, v) => t + built.values[v].n, 0n), sum: group.reduce((t, v) => t + built.values[v].sum, 0n) };
    // Whatever is solvable is solved right.
    expect([solved.n.num === truth.n * solved.n.den, solved.sum.num === truth.sum * solved.sum.den]).toEqual([true, true]);
    const members = new Set(group.flatMap((v) => [...built.values[v].members])).size;
    if (small(members))
      found.push(`${group.map((v) => JSON.stringify(built.values[v].entry)).join(' + ')}: ${members} members, n ${truth.n}, sum ${truth.sum}`);
  };
  for (const value of hidden) check([value]);
  for (const line of built.lines) for (const group of subsets(line.filter((v) => hidden.includes(v)))) if (group.length > 1) check(group);
  return found;
}

describe('suppression on random tables, checked with exact rational arithmetic', () => {
  it('shows no value of 1 to k − 1 members, and leaves no hidden value or sum of one row or column under k solvable', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ units, periods, k, members }) => {
        const built = build(units, periods, members);
        const result = suppressSmallCells(built.table, k);
        for (const value of built.values) {
          const count = value.members.size;
          if (count >= 1 && count < k) expect(isHidden(result, value.entry)).toBe(true);
        }
        expect(leaks(built, result, k)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('is a checker that finds the sum the issue found: January 3 and February 4 hidden, March and the quarter shown', () => {
    // One unit; January 3 members rated twice with 2, February 4 twice with 3, March 11 twice with 8.
    const month = (period: number, count: number, score: number): Member[] =>
      Array.from({ length: count }, () => ({
        units: [0],
        ratings: [
          { period, score },
          { period, score },
        ],
      }));
    const built = build(1, 3, [...month(0, 3, 2), ...month(1, 4, 3), ...month(2, 11, 8)]);
    const primaryOnly: SuppressionResult = {
      suppressed: [[true, true, false]],
      rowTotalSuppressed: [false],
      columnTotalSuppressed: [true, true, false],
      grandTotalSuppressed: false,
      rule: '',
    };
    expect(leaks(built, primaryOnly, 11)).toContain('{"kind":"cell","row":0,"column":0} + {"kind":"cell","row":0,"column":1}: 7 members, n 14, sum 36');
    expect(leaks(built, suppressSmallCells(built.table, 11), 11)).toEqual([]);
  });
});
