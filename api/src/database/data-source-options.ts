import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** One definition of how the API talks to PostgreSQL, used by Nest, the CLI and the tests. */
export function dataSourceOptions(config: Pick<AppConfig, 'databaseUrl' | 'database'>): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: false,
    applicationName: 'cohesion-api',
    connectTimeoutMS: config.database.connectTimeoutMs,
    extra: {
      max: config.database.poolSize,
      // node-pg waits forever for a free connection by default; fail fast instead.
      connectionTimeoutMillis: config.database.connectTimeoutMs,
      statement_timeout: config.database.statementTimeoutMs,
      idle_in_transaction_session_timeout: 60_000,
    },
  };
}
