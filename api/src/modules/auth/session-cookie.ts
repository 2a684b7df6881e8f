import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SignIn } from './session-issuer';
import { SESSION_COOKIE } from './session-token';

/** Sets the session cookie of a session just opened: httpOnly, SameSite=Lax, Secure on TLS. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, signIn: SignIn): void {
  void reply.setCookie(SESSION_COOKIE, signIn.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    path: '/',
    maxAge: signIn.maxAgeSeconds,
  });
}
