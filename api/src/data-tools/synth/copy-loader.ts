import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { copyLine, type CopyValue } from './copy-format';

/** Rows are encoded into off-heap chunks of this size (the garbage collector never has to trace millions of lines). */
const CHUNK_BYTES = 1 << 20;

class TableBuffer {
  private chunks: Buffer[] = [];
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  rows = 0;

  add(line: string): void {
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    if (this.used + 3 * line.length > CHUNK_BYTES) this.startChunk(3 * line.length);
    this.used += this.chunk.write(line, this.used, 'utf8');
    this.rows++;
  }

  take(): Buffer[] {
    const all = [...this.chunks, this.chunk.subarray(0, this.used)];
    this.chunks = [];
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
    this.rows = 0;
    return all;
  }

  private startChunk(atLeast: number): void {
    this.chunks.push(this.chunk.subarray(0, this.used));
    this.chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, atLeast));
    this.used = 0;
  }
}

/**
 * Collects rows for several tables and writes them with one COPY per table, in the order the tables were declared
 * (parents before children, so foreign keys hold at every statement). Rows wait in memory only until the next flush.
 */
export class CopyLoader<T extends string> {
  private readonly buffers: Map<T, TableBuffer>;
  private readonly written = new Map<T, number>();

  constructor(
    private readonly client: PoolClient,
    private readonly tables: Readonly<Record<T, readonly string[]>>,
    private readonly options: { freeze: boolean } = { freeze: false },
  ) {
    this.buffers = new Map((Object.keys(tables) as T[]).map((name) => [name, new TableBuffer()]));
  }

  add(table: T, values: readonly CopyValue[]): void {
    (this.buffers.get(table) as TableBuffer).add(copyLine(values));
  }

  /** A row already in COPY text form (for the millions of rows made only of ids, words and numbers: nothing to escape). */
  addLine(table: T, line: string): void {
    (this.buffers.get(table) as TableBuffer).add(line);
  }

  /** Rows waiting for the next flush, over all tables. */
  get pending(): number {
    let rows = 0;
    for (const buffer of this.buffers.values()) rows += buffer.rows;
    return rows;
  }

  /**
   * Sends every waiting row, one COPY per table. The rows are handed over at once, so rows added while the COPY runs
   * wait for the next flush: a caller may generate the next batch while this one is sent.
   */
  async flush(): Promise<void> {
    const batch = [...this.buffers]
      .filter(([, buffer]) => buffer.rows > 0)
      .map(([table, buffer]) => {
        this.written.set(table, (this.written.get(table) ?? 0) + buffer.rows);
        return { table, pieces: buffer.take() };
      });
    for (const { table, pieces } of batch) {
      const sql = `COPY ${table} (${this.tables[table].join(', ')}) FROM STDIN${this.options.freeze ? ' WITH (FREEZE)' : ''}`;
      await pipeline(Readable.from(pieces), this.client.query(copyFrom(sql)));
    }
  }

  /** Rows written so far, by table. */
  counts(): Record<T, number> {
    return Object.fromEntries((Object.keys(this.tables) as T[]).map((t) => [t, this.written.get(t) ?? 0])) as Record<T, number>;
  }
}
