import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { MIGRATIONS } from './migrations';
import { APPLICATION_ROLE } from './migrations/1764600000000-audit-trail';
import { PreparedStatementClient } from './prepared-statement-client';

/**
 * One definition of how the API talks to PostgreSQL, used by Nest, the CLI and the tests. The API's own connections
 * (`asApplication`) log in through DATABASE_URL and work as the application role from their start: no table is
 * theirs, the audit trail is append-only to them. Migrations and the CLI log in as the owner (DATABASE_OWNER_URL).
 */
export function dataSourceOptions(config: Pick<AppConfig, 'databaseUrl' | 'databaseOwnerUrl' | 'database'>, { asApplication = false } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: asApplication ? config.databaseUrl : config.databaseOwnerUrl,
    // Every repository writes its own SQL: the migrations are the schema, and no entity mirrors it.
    entities: [],
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    applicationName: 'cohesion-api',
    connectTimeoutMS: config.database.connectTimeoutMs,
    extra: {
      max: config.database.poolSize,
      // node-pg waits forever for a free connection by default; fail fast instead.
      connectionTimeoutMillis: config.database.connectTimeoutMs,
      statement_timeout: config.database.statementTimeoutMs,
      lock_timeout: config.database.lockTimeoutMs,
      idle_in_transaction_session_timeout: 60_000,
      ...(asApplication ? { options: `-c role=${APPLICATION_ROLE}`, Client: PreparedStatementClient } : {}),
    },
  };
}
