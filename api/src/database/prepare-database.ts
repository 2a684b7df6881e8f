import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

export class DatabaseUnavailableError extends Error {}

/** How long start-up keeps trying to reach PostgreSQL (a container may still be starting) before it gives up. */
const CONNECT_DEADLINE_MS = 20_000;

/** Connects as the owner (retrying briefly) and hands the open connection to `work`, migrating nothing. */
export async function withDatabase<T>(
  config: Pick<AppConfig, 'databaseUrl' | 'databaseOwnerUrl' | 'database'>,
  work: (db: DataSource) => Promise<T>,
): Promise<T> {
  const db = await connect(config);
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

async function connect(config: Pick<AppConfig, 'databaseUrl' | 'databaseOwnerUrl' | 'database'>): Promise<DataSource> {
  const deadline = Date.now() + CONNECT_DEADLINE_MS;
  for (;;) {
    const db = new DataSource({ ...dataSourceOptions(config), extra: { max: 2, connectionTimeoutMillis: 5000 } });
    try {
      return await db.initialize();
    } catch (error) {
      const reason = describeConnectionError(error);
      if (!reason.retry || Date.now() > deadline) {
        throw new DatabaseUnavailableError(`Cannot use PostgreSQL at ${redactedTarget(config.databaseOwnerUrl)}: ${reason.message}`);
      }
      await new Promise((done) => setTimeout(done, 1000));
    }
  }
}

export function describeConnectionError(error: unknown): { message: string; retry: boolean } {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'ECONNREFUSED':
      return { message: 'nothing is listening there (is PostgreSQL running?)', retry: true };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { message: 'the host name does not resolve', retry: code === 'EAI_AGAIN' };
    case '28P01':
    case '28000':
      return { message: 'the user name or password is wrong', retry: false };
    case '3D000':
      return { message: 'the database does not exist (create it first)', retry: false };
    case '57P03':
      return { message: 'PostgreSQL is still starting', retry: true };
    default:
      return { message, retry: /timeout/i.test(message) };
  }
}

/** host:port/database of a URL, never its password. */
export function redactedTarget(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname || 'localhost'}:${url.port || 5432}${url.pathname}`;
  } catch {
    return '(unparsable DATABASE_URL)';
  }
}
