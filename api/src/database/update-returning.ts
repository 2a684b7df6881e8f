import type { EntityManager } from 'typeorm';

/**
 * Runs an UPDATE … RETURNING and gives its rows. TypeORM's postgres driver answers UPDATE and DELETE with
 * `[rows, affectedCount]` rather than the rows alone.
 */
export async function updateReturning<T>(tx: Pick<EntityManager, 'query'>, sql: string, params: unknown[]): Promise<T[]> {
  const [rows] = (await tx.query(sql, params)) as [T[], number];
  return rows;
}
