import { SessionsException } from './sessions.exception';

const VERSION = /^(?:W\/)?"?(\d{1,9})"?$/;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** The version a client edited, from `If-Match: 3` (also `"3"` or `W/"3"`); 428 when missing. */
export function versionFromIfMatch(header: string | undefined): number {
  const match = header === undefined ? null : VERSION.exec(header.trim());
  if (!match) throw SessionsException.versionRequired();
  return Number(match[1]);
}

/** The optional Idempotency-Key, checked: 1 to 200 visible ASCII characters. */
export function idempotencyKeyFrom(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(header)) throw SessionsException.invalidIdempotencyKey();
  return header;
}

/** The ETag of a session version, as If-Match expects it back. */
export function etagOf(version: number): string {
  return `"${version}"`;
}
