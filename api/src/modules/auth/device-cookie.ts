import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { COOKIES, readCookie, writeCookie } from '../../common/cookies';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { derivedKey } from '../../config/secret-keys';

/** A browser that has signed in as this account before. */
export interface KnownDevice {
  userId: string;
  nonce: string;
}

/** Long enough to cover holidays and leave; each full sign-in renews it. */
const DEVICE_COOKIE_DAYS = 180;

/**
 * OWASP's device cookie against lockout attacks: a browser that completed a sign-in as an account carries a signed
 * cookie naming that account, and strangers' failed sign-ins never block it (its own failures are counted for it
 * alone). Signed with a key derived from COHESION_SECRET_KEY; it grants nothing by itself, a password is still needed.
 */
@Injectable()
export class DeviceCookie {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = derivedKey(config, 'device cookies');
  }

  /** The device the browser's cookie proves, or null for a missing, forged or malformed cookie. */
  read(request: FastifyRequest): KnownDevice | null {
    const [userId, nonce, signature] = (readCookie(request, COOKIES.device) ?? '').split('.');
    if (!userId || !nonce || !signature) return null;
    const expected = this.sign(userId, nonce);
    const given = Buffer.from(signature, 'base64url');
    return given.length === expected.length && timingSafeEqual(given, expected) ? { userId, nonce } : null;
  }

  /** A fresh cookie for the account just fully signed in (a new nonce each time, so an old cookie's count stays its own). */
  issue(request: FastifyRequest, reply: FastifyReply, userId: string): void {
    const nonce = randomBytes(16).toString('base64url');
    writeCookie(request, reply, COOKIES.device, `${userId}.${nonce}.${this.sign(userId, nonce).toString('base64url')}`, {
      httpOnly: true,
      maxAge: DEVICE_COOKIE_DAYS * 24 * 3600,
    });
  }

  private sign(userId: string, nonce: string): Buffer {
    return createHmac('sha256', this.key).update(`${userId}.${nonce}`).digest();
  }
}
