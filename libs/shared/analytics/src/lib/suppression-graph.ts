/**
 * A count table with its margins seen as a graph (Cox 1980): the additive equations of a table are flow conservation.
 * Nodes: one per row, one per column, a source (grand total = Σ row totals) and a sink (grand total = Σ column totals).
 * Edges: a cell joins its row and column, a row total joins the source and its row, a column total its column and the
 * sink, the grand total the sink and the source. Given the shown values, a hidden value can be derived by adding and
 * subtracting equations exactly when its edge is a bridge of the graph formed by the hidden edges alone.
 * Internal to the library.
 */

/** An undirected edge between two node indexes. */
export interface Edge {
  from: number;
  to: number;
}

/** Indexes of the edges, among those marked hidden, that are bridges of the graph the hidden edges form. */
export function hiddenBridges(nodeCount: number, edges: readonly Edge[], hidden: readonly boolean[]): Set<number> {
  const adjacency = adjacencyOf(nodeCount, edges, (e) => hidden[e]);
  const discovered = new Array<number>(nodeCount).fill(-1);
  const low = new Array<number>(nodeCount).fill(0);
  const bridges = new Set<number>();
  let clock = 0;

  // Tarjan's bridge-finding; `viaEdge` is the edge we arrived by, so a parallel edge still counts as a second path.
  const visit = (node: number, viaEdge: number): void => {
    discovered[node] = low[node] = clock++;
    for (const { edge, neighbour } of adjacency[node]) {
      if (edge === viaEdge) continue;
      if (discovered[neighbour] === -1) {
        visit(neighbour, edge);
        low[node] = Math.min(low[node], low[neighbour]);
        if (low[neighbour] > discovered[node]) bridges.add(edge);
      } else {
        low[node] = Math.min(low[node], discovered[neighbour]);
      }
    }
  };
  for (let node = 0; node < nodeCount; node++) if (discovered[node] === -1) visit(node, -1);
  return bridges;
}

/**
 * The cheapest path between the ends of edge `excluded` that avoids it (Dijkstra), as the edges it uses; `cost` gives each
 * usable edge's cost (hidden edges cost 0) or null for an edge that may not be used. Null when the ends are not connected.
 */
export function cheapestPath(nodeCount: number, edges: readonly Edge[], excluded: number, cost: (edge: number) => number | null): number[] | null {
  const adjacency = adjacencyOf(nodeCount, edges, (e) => e !== excluded && cost(e) !== null);
  const start = edges[excluded].from;
  const goal = edges[excluded].to;
  const distance = new Array<number>(nodeCount).fill(Infinity);
  const arrivedBy = new Array<number>(nodeCount).fill(-1);
  const done = new Array<boolean>(nodeCount).fill(false);
  distance[start] = 0;
  for (;;) {
    let node = -1;
    for (let n = 0; n < nodeCount; n++) if (!done[n] && distance[n] < Infinity && (node === -1 || distance[n] < distance[node])) node = n;
    if (node === -1) return null;
    if (node === goal) break;
    done[node] = true;
    for (const { edge, neighbour } of adjacency[node]) {
      const candidate = distance[node] + (cost(edge) ?? Infinity);
      if (candidate < distance[neighbour]) {
        distance[neighbour] = candidate;
        arrivedBy[neighbour] = edge;
      }
    }
  }
  const path: number[] = [];
  for (let node = goal; node !== start; ) {
    const edge = arrivedBy[node];
    path.push(edge);
    node = edges[edge].from === node ? edges[edge].to : edges[edge].from;
  }
  return path.reverse();
}

function adjacencyOf(nodeCount: number, edges: readonly Edge[], include: (edge: number) => boolean): { edge: number; neighbour: number }[][] {
  const adjacency: { edge: number; neighbour: number }[][] = Array.from({ length: nodeCount }, () => []);
  edges.forEach(({ from, to }, edge) => {
    if (!include(edge)) return;
    adjacency[from].push({ edge, neighbour: to });
    adjacency[to].push({ edge, neighbour: from });
  });
  return adjacency;
}
