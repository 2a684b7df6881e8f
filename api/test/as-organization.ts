import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` in a transaction that works for the organization, as the API's transactions do. Even the superuser's
 * fixtures need it for a change that cascades (deleting ratings refreshes the session's rollups, whose foreign keys
 * cascade): PostgreSQL runs a cascade as the owner of the table, and row-level security binds the owner.
 */
export function asOrganization<T>(db: DataSource, organizationId: string, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT set_config('cohesion.organization_id', $1, true)`, [organizationId]);
    return work(tx);
  });
}
