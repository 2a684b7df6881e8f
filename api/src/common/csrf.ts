import createTokens from '@fastify/csrf';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { derivedKey } from '../config/secret-keys';
import { COOKIES, readCookie, writeCookie } from './cookies';

/** Angular's HttpClient reads this cookie and echoes it in X-XSRF-TOKEN on state-changing requests. */
export const XSRF_COOKIE = 'XSRF-TOKEN';

/** The only methods that change nothing; every other method is checked, whatever its path looks like. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What a browser reports about who started a request; anything else than our own page is refused for a change. */
const FOREIGN_FETCH_SITES = new Set(['cross-site', 'same-site']);

/** @fastify/csrf's tokens as made with `userInfo: true` (its typings expose that shape only through an overload). */
interface BoundTokens {
  secretSync(): string;
  create(secret: string, userInfo: string): string;
  verify(secret: string, token: string, userInfo: string): boolean;
}

export type CsrfVerdict = 'safe' | 'valid' | 'cross_site' | 'invalid';

/**
 * Double-submit tokens bound to the session: a token is an HMAC (key derived from COHESION_SECRET_KEY) over a random
 * per-browser secret (an httpOnly cookie) and the session cookie. So a token is worthless without the browser's secret,
 * serves no other session, and changes at every sign-in, step up to the second factor and sign-out.
 */
@Injectable()
export class CsrfTokens {
  private readonly tokens: BoundTokens;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.tokens = createTokens({ hmacKey: derivedKey(config, 'csrf tokens'), userInfo: true }) as BoundTokens;
  }

  /** Judges a request: safe methods pass; every other one needs a same-origin browser and the right token. */
  verdict(request: FastifyRequest): CsrfVerdict {
    if (SAFE_METHODS.has(request.method)) return 'safe';
    if (FOREIGN_FETCH_SITES.has(String(request.headers['sec-fetch-site']))) return 'cross_site';
    const secret = readCookie(request, COOKIES.csrfSecret);
    const token = request.headers['x-xsrf-token'];
    if (!secret || typeof token !== 'string') return 'invalid';
    return this.tokens.verify(secret, token, sessionBinding(readCookie(request, COOKIES.session))) ? 'valid' : 'invalid';
  }

  /** Gives the browser a token where it has none, or where its token belongs to a session it no longer holds. */
  ensureToken(request: FastifyRequest, reply: FastifyReply): void {
    const secret = readCookie(request, COOKIES.csrfSecret);
    const token = request.cookies?.[XSRF_COOKIE];
    const session = readCookie(request, COOKIES.session);
    if (secret && token && this.tokens.verify(secret, token, sessionBinding(session))) return;
    this.issue(request, reply, secret ?? this.tokens.secretSync(), session ?? null);
  }

  /** A new secret and a token for the session just opened, or for none after signing out. */
  rotate(request: FastifyRequest, reply: FastifyReply, sessionToken: string | null): void {
    this.issue(request, reply, this.tokens.secretSync(), sessionToken);
  }

  private issue(request: FastifyRequest, reply: FastifyReply, secret: string, sessionToken: string | null): void {
    writeCookie(request, reply, COOKIES.csrfSecret, secret, { httpOnly: true });
    // Readable by the page, so that Angular can echo it; worthless without the httpOnly secret and the session.
    void reply.setCookie(XSRF_COOKIE, this.tokens.create(secret, sessionBinding(sessionToken ?? undefined)), {
      path: '/',
      sameSite: 'lax',
      secure: request.protocol === 'https',
      httpOnly: false,
    });
  }
}

function sessionBinding(sessionToken: string | undefined): string {
  return sessionToken ? `session:${createHash('sha256').update(sessionToken, 'utf8').digest('base64url')}` : 'no-session';
}
