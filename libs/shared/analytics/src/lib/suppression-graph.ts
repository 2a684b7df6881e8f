/**
 * A count table with its margins seen as a graph (Cox 1980): the additive equations of a table are flow conservation.
 * Nodes: one per row, one per column, a source (grand total = Σ row totals) and a sink (grand total = Σ column totals).
 * Edges: a cell joins its row and column, a row total joins the source and its row, a column total its column and the
 * sink, the grand total the sink and the source. What a reader can derive from the shown values by adding and
 * subtracting equations is exactly what the cuts of the graph formed by the hidden edges give: at one node, the hidden
 * edges fall into blocks (the edges of one biconnected component), and a signed sum of hidden edges at that node is
 * derivable exactly when it is a union of whole blocks. A block of one edge is a bridge: that value alone is derivable.
 * Internal to the library.
 */

/** An undirected edge between two node indexes. */
export interface Edge {
  from: number;
  to: number;
}

/**
 * The biconnected component of each edge marked in `include` (−1 for the others), by Tarjan's algorithm with a stack of
 * edges: two included edges at a node share a component exactly when one cycle of included edges runs through both.
 */
export function biconnectedComponents(nodeCount: number, edges: readonly Edge[], include: readonly boolean[]): number[] {
  const adjacency = adjacencyOf(nodeCount, edges, (e) => include[e]);
  const component = new Array<number>(edges.length).fill(-1);
  const discovered = new Array<number>(nodeCount).fill(-1);
  const low = new Array<number>(nodeCount).fill(0);
  const stack: number[] = [];
  let clock = 0;
  let components = 0;

  // `viaEdge` is the edge we arrived by, so a parallel edge still counts as a second path.
  const visit = (node: number, viaEdge: number): void => {
    discovered[node] = low[node] = clock++;
    for (const { edge, neighbour } of adjacency[node]) {
      if (edge === viaEdge) continue;
      if (discovered[neighbour] === -1) {
        stack.push(edge);
        visit(neighbour, edge);
        low[node] = Math.min(low[node], low[neighbour]);
        if (low[neighbour] >= discovered[node]) {
          for (let popped = -1; popped !== edge;) component[(popped = stack.pop() as number)] = components;
          components++;
        }
      } else if (discovered[neighbour] < discovered[node]) {
        stack.push(edge);
        low[node] = Math.min(low[node], discovered[neighbour]);
      }
    }
  };
  for (let node = 0; node < nodeCount; node++) if (discovered[node] === -1) visit(node, -1);
  return component;
}

/** The cheapest way from a set of nodes to every other (Dijkstra), as distances and the edge each node was reached by. */
export interface CheapestPaths {
  distance: number[];
  arrivedBy: number[];
}

/**
 * Cheapest paths from `starts` that never pass through node `avoid`; `cost` gives each usable edge's cost (hidden edges
 * cost 0) or null for an edge that may not be used.
 */
export function cheapestPaths(
  nodeCount: number,
  edges: readonly Edge[],
  starts: readonly number[],
  avoid: number,
  cost: (edge: number) => number | null,
): CheapestPaths {
  const adjacency = adjacencyOf(nodeCount, edges, (e) => edges[e].from !== avoid && edges[e].to !== avoid && cost(e) !== null);
  const distance = new Array<number>(nodeCount).fill(Infinity);
  const arrivedBy = new Array<number>(nodeCount).fill(-1);
  const done = new Array<boolean>(nodeCount).fill(false);
  for (const start of starts) distance[start] = 0;
  for (;;) {
    let node = -1;
    for (let n = 0; n < nodeCount; n++) if (!done[n] && distance[n] < Infinity && (node === -1 || distance[n] < distance[node])) node = n;
    if (node === -1) break;
    done[node] = true;
    for (const { edge, neighbour } of adjacency[node]) {
      const candidate = distance[node] + (cost(edge) ?? Infinity);
      if (candidate < distance[neighbour]) {
        distance[neighbour] = candidate;
        arrivedBy[neighbour] = edge;
      }
    }
  }
  return { distance, arrivedBy };
}

/** The edges of the cheapest path that reached `node`, back to where it started. */
export function pathTo(edges: readonly Edge[], paths: CheapestPaths, node: number): number[] {
  const path: number[] = [];
  for (let at = node; paths.arrivedBy[at] !== -1;) {
    const edge = paths.arrivedBy[at];
    path.push(edge);
    at = edges[edge].from === at ? edges[edge].to : edges[edge].from;
  }
  return path;
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
