import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: what the browser's cookie carries. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database stores instead of the token. */
export function hashSessionToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
