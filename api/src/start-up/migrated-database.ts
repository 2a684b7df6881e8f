import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { withDatabase } from '../database/prepare-database';
import { sealLegacyAuditChains } from '../modules/audit/legacy-chain-sealing';

/** What the owner's connection needs: where to log in, and for the audit trail's keyed chain, the key and the data folder. */
export type OwnerDatabaseConfig = Pick<AppConfig, 'databaseUrl' | 'databaseOwnerUrl' | 'database' | 'secretKey' | 'demoMode' | 'dataDir'>;

/**
 * Connects as the owner (retrying briefly), runs pending migrations and what they leave for the key (sealing an
 * audit trail of an earlier version), and hands the open connection to `work`. It lives above the database layer
 * because sealing is the audit module's work: the database layer imports no feature module.
 */
export function withMigratedDatabase<T>(config: OwnerDatabaseConfig, work: (db: DataSource) => Promise<T>): Promise<T> {
  return withDatabase(config, async (db) => {
    await db.runMigrations({ transaction: 'each' });
    await sealLegacyAuditChains(db, config);
    return work(db);
  });
}
