import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { COOKIES, deleteCookie, readCookie, writeCookie } from '../../common/cookies';
import { CsrfTokens } from '../../common/csrf';
import { DeviceCookie } from './device-cookie';
import type { SignIn } from './session-issuer';

/** The browser's side of a session: its cookie, a CSRF token that changes with it, and the device cookie of a full sign-in. */
@Injectable()
export class SessionCookie {
  constructor(
    private readonly csrf: CsrfTokens,
    private readonly device: DeviceCookie,
  ) {}

  read(request: FastifyRequest): string | undefined {
    return readCookie(request, COOKIES.session);
  }

  /** Hands the browser a session just opened (httpOnly, SameSite=Lax, Secure and `__Host-` over TLS). */
  set(request: FastifyRequest, reply: FastifyReply, signIn: SignIn): void {
    writeCookie(request, reply, COOKIES.session, signIn.token, { httpOnly: true, maxAge: signIn.maxAgeSeconds });
    this.csrf.rotate(request, reply, signIn.token);
    // Only a sign-in that owes nothing more makes the browser one the account knows.
    if (signIn.user.secondFactor === 'not_required' || signIn.user.secondFactor === 'verified') this.device.issue(request, reply, signIn.user.id);
  }

  clear(request: FastifyRequest, reply: FastifyReply): void {
    deleteCookie(request, reply, COOKIES.session);
    this.csrf.rotate(request, reply, null);
  }
}
