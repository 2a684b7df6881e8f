// The benchmark's table: each figure beside the target and whether it is met.

const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : '–');

/** A row per figure: `{ what, n, p50, p95, max, extra, target, met }` (met: true, false or null for no target). */
export function formatTable(rows) {
  const header = { what: 'what', n: 'n', p50: 'p50 ms', p95: 'p95 ms', max: 'max ms', extra: '', target: 'target', met: 'met' };
  const cells = rows.map((r) => ({
    what: r.what,
    n: r.n === undefined ? '' : String(r.n),
    p50: r.p50 === undefined ? '' : ms(r.p50),
    p95: r.p95 === undefined ? '' : ms(r.p95),
    max: r.max === undefined ? '' : ms(r.max),
    extra: r.extra ?? '',
    target: r.target ?? '',
    met: r.met === null || r.met === undefined ? '' : r.met ? 'yes' : 'NO',
  }));
  const columns = Object.keys(header);
  const width = Object.fromEntries(columns.map((c) => [c, Math.max(...[header, ...cells].map((row) => row[c].length))]));
  const line = (row) =>
    columns
      .map((c) => (['what', 'extra', 'target', 'met'].includes(c) ? row[c].padEnd(width[c]) : row[c].padStart(width[c])))
      .join('  ')
      .trimEnd();
  return [line(header), ...cells.map(line)].join('\n');
}
