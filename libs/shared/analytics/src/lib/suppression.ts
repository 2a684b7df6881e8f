import { biconnectedComponents, cheapestPaths, type Edge, pathTo } from './suppression-graph';

/** Default minimum cell size for aggregates that leave the organization (CMS cell-size suppression policy). */
export const DEFAULT_SUPPRESSION_K = 11;
/** The organization's k may never be set below this. */
export const MIN_SUPPRESSION_K = 5;

/** One value of a count table: a cell, a row or column total, or the grand total. */
export type TableEntry =
  { kind: 'cell'; row: number; column: number } | { kind: 'rowTotal'; row: number } | { kind: 'columnTotal'; column: number } | { kind: 'grandTotal' };

/** A table of distinct-member counts with optional margins, as it would be exported. */
export interface CountTable {
  rowKeys: string[];
  columnKeys: string[];
  /** Distinct members per cell, `cells[row][column]`. */
  cells: number[][];
  rowTotals?: number[];
  columnTotals?: number[];
  grandTotal?: number;
  /**
   * Distinct members of several values of one row or column together (a member can sit in several cells of a row).
   * Without it, the sum of their counts: right when no member is counted in two of them.
   */
  membersOf?: (entries: readonly TableEntry[]) => number;
  /**
   * Values hidden whatever their size, because another published table hides the same value: a reader holding both
   * must not find in this one what the other protects. Complementary suppression then protects them here too.
   */
  alsoHidden?: (entry: TableEntry) => boolean;
}

/** Which values of a `CountTable` to hide; totals the table does not have are reported as not suppressed. */
export interface SuppressionResult {
  suppressed: boolean[][];
  rowTotalSuppressed: boolean[];
  columnTotalSuppressed: boolean[];
  grandTotalSuppressed: boolean;
  rule: string;
}

/** The rule, stated once: exports print it, docs/analytics.md quotes it. */
export function suppressionRule(k: number): string {
  return (
    `Each measure is suppressed on its own: every value built from 1 to ${k - 1} distinct members (fewer than ${k}) is hidden, ` +
    `and so are further values, so that in each month the hidden values that subtraction could add up cover at least ${k} ` +
    'members. No total over several months is published. Every hidden value reads "suppressed"; zero may be shown; ' +
    '"no data" is a measure nobody rated.'
  );
}

const SOURCE = 0;
const SINK = 1;
/** A total is hidden only when no cell of the same value would do: the margins are what readers use most. */
const TOTAL_PREMIUM = 0.5;

interface Block {
  node: number;
  edges: number[];
}

/**
 * Small-cell suppression for exports (docs/analytics.md), for one measure's table of distinct members.
 * Primary: every value built from 1 to k − 1 members is hidden (0 may be shown).
 * Complementary: at each row or column equation the hidden values fall into blocks (see `suppression-graph`); what a
 * reader can derive there by adding and subtracting equations, however chained, is a union of whole blocks. So while
 * some block without the equation's total covers 1 to k − 1 members (a derivable sum, or a single derivable value), or a
 * hidden total stands alone in its block, the cheapest shown values (fewest members first, cells before totals, zeros
 * last) are hidden that join it to another block or value of that equation until it covers k members or meets the total.
 * Blocks only grow, so the loop ends.
 */
export function suppressSmallCells(table: CountTable, k: number): SuppressionResult {
  if (!Number.isInteger(k) || k < MIN_SUPPRESSION_K) throw new RangeError(`k must be a whole number ≥ ${MIN_SUPPRESSION_K}, got ${k}`);
  validate(table);
  const rows = table.rowKeys.length;
  const columns = table.columnKeys.length;
  const rowNode = (row: number): number => 2 + row;
  const columnNode = (column: number): number => 2 + rows + column;
  const nodeCount = 2 + rows + columns;

  const entries: TableEntry[] = [];
  const edges: Edge[] = [];
  // null: the table does not publish this value, so it is unknown to a reader without being protected.
  const values: (number | null)[] = [];
  const add = (entry: TableEntry, edge: Edge, value: number | null): number => {
    entries.push(entry);
    edges.push(edge);
    values.push(value);
    return edges.length - 1;
  };
  table.cells.forEach((cells, row) =>
    cells.forEach((value, column) => add({ kind: 'cell', row, column }, { from: rowNode(row), to: columnNode(column) }, value)),
  );
  // Each node's own total: the equation at a row node is "row total = Σ its cells", and so on.
  const totalOf = new Array<number>(nodeCount);
  for (let row = 0; row < rows; row++)
    totalOf[rowNode(row)] = add({ kind: 'rowTotal', row }, { from: SOURCE, to: rowNode(row) }, table.rowTotals?.[row] ?? null);
  for (let column = 0; column < columns; column++) {
    totalOf[columnNode(column)] = add({ kind: 'columnTotal', column }, { from: columnNode(column), to: SINK }, table.columnTotals?.[column] ?? null);
  }
  totalOf[SOURCE] = totalOf[SINK] = add({ kind: 'grandTotal' }, { from: SINK, to: SOURCE }, table.grandTotal ?? null);
  const edgesAt: number[][] = Array.from({ length: nodeCount }, () => []);
  edges.forEach(({ from, to }, edge) => {
    edgesAt[from].push(edge);
    edgesAt[to].push(edge);
  });

  const hiddenElsewhere = values.map((value, edge) => value !== null && (table.alsoHidden?.(entries[edge]) ?? false));
  const membersOf = (blockEdges: readonly number[]): number =>
    table.membersOf ? table.membersOf(blockEdges.map((edge) => entries[edge])) : blockEdges.reduce((total, edge) => total + (values[edge] ?? 0), 0);
  const small = (members: number): boolean => members >= 1 && members < k;
  /** A block of one equation is safe when it holds an unpublished value, meets the total with another value, or is not small. */
  const safe = (block: Block): boolean => {
    if (block.edges.some((edge) => values[edge] === null)) return true;
    // A value another table hides must not be derivable here at all, however many members it covers.
    if (block.edges.length === 1 && hiddenElsewhere[block.edges[0]]) return false;
    if (block.edges.includes(totalOf[block.node])) return block.edges.length > 1 || !small(membersOf(block.edges));
    return !small(membersOf(block.edges));
  };

  const suppressed = values.map((value, edge) => value !== null && (small(value) || hiddenElsewhere[edge]));
  const hidden = (edge: number): boolean => values[edge] === null || suppressed[edge];
  // A shown 0 is used only when nothing else closes the cycle, so it costs more than all shown values together.
  const zeroCost = 1 + values.reduce<number>((total, value) => total + (value ?? 0), 0) * (1 + TOTAL_PREMIUM);
  const cost = (edge: number): number => {
    const value = values[edge];
    if (hidden(edge)) return 0;
    if (value === 0) return zeroCost;
    return (value as number) + (entries[edge].kind === 'cell' ? 0 : TOTAL_PREMIUM);
  };

  const unprotectable = new Set<string>();
  for (;;) {
    const component = biconnectedComponents(
      nodeCount,
      edges,
      edges.map((_, edge) => hidden(edge)),
    );
    const blocksAt = (node: number): Block[] => {
      const byComponent = new Map<number, number[]>();
      for (const edge of edgesAt[node]) if (hidden(edge)) byComponent.set(component[edge], [...(byComponent.get(component[edge]) ?? []), edge]);
      return [...byComponent.values()].map((blockEdges) => ({ node, edges: blockEdges }));
    };
    let exposed: Block | undefined;
    for (let node = 0; node < nodeCount && !exposed; node++) {
      exposed = blocksAt(node).find((block) => !safe(block) && !unprotectable.has(`${node}:${block.edges.join(',')}`));
    }
    if (!exposed) break;
    const complement = cheapestComplement(exposed, blocksAt(exposed.node));
    // Only an inconsistent table (a total with no cells under it) leaves a block that nothing can join.
    if (complement === null) unprotectable.add(`${exposed.node}:${exposed.edges.join(',')}`);
    else for (const edge of complement) suppressed[edge] = true;
  }

  /**
   * The shown values to hide so that `block` meets another value of its equation: a path that avoids the equation's
   * node, from the block's far ends to the far end of another value there (and that value, when shown). The cheapest
   * that makes the block safe, else the one that makes it cover the most members.
   */
  function cheapestComplement(block: Block, blocks: readonly Block[]): number[] | null {
    const far = (edge: number): number => (edges[edge].from === block.node ? edges[edge].to : edges[edge].from);
    const paths = cheapestPaths(nodeCount, edges, block.edges.map(far), block.node, (edge) => cost(edge));
    let best: { edges: number[]; cost: number; safe: boolean; members: number } | null = null;
    for (const edge of edgesAt[block.node]) {
      if (block.edges.includes(edge) || paths.distance[far(edge)] === Infinity) continue;
      const joined = hidden(edge) ? (blocks.find((other) => other.edges.includes(edge)) as Block).edges : [edge];
      const merged: Block = { node: block.node, edges: [...block.edges, ...joined] };
      const candidate = {
        edges: [...pathTo(edges, paths, far(edge)), ...(hidden(edge) ? [] : [edge])],
        cost: paths.distance[far(edge)] + cost(edge),
        safe: safe(merged),
        members: merged.edges.some((e) => values[e] === null) ? Infinity : membersOf(merged.edges),
      };
      const better =
        best === null ||
        (candidate.safe !== best.safe
          ? candidate.safe
          : candidate.safe
            ? candidate.cost < best.cost
            : candidate.members > best.members || (candidate.members === best.members && candidate.cost < best.cost));
      if (better) best = candidate;
    }
    return best?.edges ?? null;
  }

  const result: SuppressionResult = {
    suppressed: table.cells.map((cells) => cells.map(() => false)),
    rowTotalSuppressed: new Array<boolean>(rows).fill(false),
    columnTotalSuppressed: new Array<boolean>(columns).fill(false),
    grandTotalSuppressed: false,
    rule: suppressionRule(k),
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
  const counts = [
    ...table.cells.flat(),
    ...(table.rowTotals ?? []),
    ...(table.columnTotals ?? []),
    ...(table.grandTotal === undefined ? [] : [table.grandTotal]),
  ];
  const bad = counts.find((count) => !Number.isInteger(count) || count < 0);
  if (bad !== undefined) throw new RangeError(`member counts must be whole numbers ≥ 0, got ${bad}`);
}
