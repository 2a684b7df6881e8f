import type { FastifyReply, FastifyRequest } from 'fastify';

/** The names of our cookies (XSRF-TOKEN apart: see csrf.ts). */
export const COOKIES = {
  /** The session, an opaque token whose hash the database keeps. */
  session: 'cohesion_session',
  /** The per-browser secret that CSRF tokens are made from. */
  csrfSecret: 'cohesion_csrf',
  /** A browser that has signed in as an account before: strangers' failed sign-ins never block it. */
  device: 'cohesion_device',
  /** A single sign-on under way: names the state, nonce and PKCE verifier this browser's sign-in must match. */
  singleSignOn: 'cohesion_sso',
} as const;

/**
 * Our cookies, named and flagged in one place. Over HTTPS each carries the `__Host-` prefix, so the browser keeps it
 * only as this host set it (Secure, path /, no Domain) and a sibling subdomain cannot plant one; over plain HTTP (a
 * laptop, a private network while TLS is being set up) the plain name. A cookie is read only under the name that fits
 * the request's protocol.
 */
export function cookieName(request: FastifyRequest, name: string): string {
  return request.protocol === 'https' ? `__Host-${name}` : name;
}

export function readCookie(request: FastifyRequest, name: string): string | undefined {
  return request.cookies?.[cookieName(request, name)];
}

export interface CookieOptions {
  /** Hidden from scripts (every cookie but the one Angular echoes as the CSRF header). */
  httpOnly: boolean;
  /** Seconds; none for a cookie that ends with the browser session. */
  maxAge?: number;
}

export function writeCookie(request: FastifyRequest, reply: FastifyReply, name: string, value: string, options: CookieOptions): void {
  void reply.setCookie(cookieName(request, name), value, {
    path: '/',
    sameSite: 'lax',
    secure: request.protocol === 'https',
    httpOnly: options.httpOnly,
    ...(options.maxAge === undefined ? {} : { maxAge: options.maxAge }),
  });
}

export function deleteCookie(request: FastifyRequest, reply: FastifyReply, name: string): void {
  void reply.clearCookie(cookieName(request, name), { path: '/', sameSite: 'lax', secure: request.protocol === 'https' });
}
