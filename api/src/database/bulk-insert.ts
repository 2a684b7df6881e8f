import type { EntityManager } from 'typeorm';

/** Inserts rows with multi-row INSERTs, chunked below PostgreSQL's limit of 65,535 parameters per statement. */
export async function bulkInsert(db: EntityManager, table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
  const rowsPerStatement = Math.max(1, Math.floor(60_000 / columns.length));
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const chunk = rows.slice(start, start + rowsPerStatement);
    const values = chunk.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
    await db.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, chunk.flat());
  }
}
