import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { CurrentUser } from '@cohesion/contracts';
import type { Role } from '@cohesion/domain';

/** Who is calling, established by the session guard from the server-side session; never from the client. */
export interface Actor {
  userId: string;
  organizationId: string;
  /** The organization's IANA time zone, read with the session on every request (so a change applies at once). */
  timeZone: string;
  role: Role;
  sessionId: string;
  /** Where the call came from, for the audit trail: the client's address and the request's id. */
  ip: string | null;
  requestId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
    currentUser?: CurrentUser;
  }
}

/** Injects the signed-in caller into a handler. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<FastifyRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a route without a session');
  return actor;
});
