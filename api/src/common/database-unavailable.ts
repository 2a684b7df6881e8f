import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

/** Seconds a client is asked to wait before it tries again while PostgreSQL is away or too busy. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** SQLSTATE classes and codes that mean "PostgreSQL cannot serve this now", not "this request is wrong". */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '55000', '57014', '55P03', '40001', '40P01']);
const UNAVAILABLE_SQLSTATE_CLASSES = ['08'];
const UNAVAILABLE_NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN']);
/** What node-pg and its pool say when a connection ends or none can be had in time (they carry no code). */
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /connection.*closed/i,
];

/**
 * True when an error means the database is unreachable, restarting, shutting down, out of connections, or gave up on
 * a statement or a lock under load: the API answers 503 with Retry-After, and nothing was written.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  // TypeORM lets go of a connection that broke mid-transaction; the request's next query (or its COMMIT, never sent)
  // meets one of these.
  if (error instanceof QueryRunnerProviderAlreadyReleasedError || error instanceof QueryRunnerAlreadyReleasedError) return true;
  const cause = error instanceof QueryFailedError ? error.driverError : error;
  if (!cause || typeof cause !== 'object') return false;
  const { code, message } = cause as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_NETWORK_CODES.has(code)) return true;
    if (code.length === 5 && UNAVAILABLE_SQLSTATE_CLASSES.includes(code.slice(0, 2))) return true;
  }
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
}
