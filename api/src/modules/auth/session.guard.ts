import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Role } from '@cohesion/domain';
import { originOfRequest } from '../../common/request-origin';
import { ALLOWED_ROLES, BEFORE_APPROVAL, BEFORE_SECOND_FACTOR, PUBLIC_ROUTE } from '../../common/access.decorators';
import { AuthException } from './auth.exception';
import { AuthService } from './auth.service';
import { SessionCookie } from './session-cookie';

/**
 * Deny by default: a route runs only if it is marked `@Public()` or the caller has a live session and one of the
 * roles the route names with `@Allow(...)`. A route with neither decision is refused and logged as a defect. A session
 * that still owes its second factor reaches only the routes marked `@BeforeSecondFactor()`; an account waiting for a
 * director's approval only those and the ones marked `@BeforeApproval()`.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  private readonly logger = new Logger(SessionGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly cookie: SessionCookie,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const token = this.cookie.read(request);
    const session = token ? await this.auth.authenticate(token) : null;
    if (!session) throw AuthException.unauthenticated();
    request.actor = { ...session.actor, ...originOfRequest(request) };
    request.currentUser = session.user;
    const owed = session.secondFactor;
    const beforeSecondFactor = Boolean(this.reflector.getAllAndOverride<boolean>(BEFORE_SECOND_FACTOR, targets));
    if ((owed === 'pending' || owed === 'enrollment_required') && !beforeSecondFactor) throw AuthException.secondFactorOwed(owed);
    if (session.user.approval === 'pending' && !beforeSecondFactor && !this.reflector.getAllAndOverride<boolean>(BEFORE_APPROVAL, targets)) {
      throw AuthException.approvalPending();
    }

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (!roles) {
      this.logger.error(`Route ${request.routeOptions.url} has no access decision; refusing it`);
      throw AuthException.roleNotAllowed();
    }
    if (!roles.includes(session.actor.role)) throw AuthException.roleNotAllowed();
    return true;
  }
}
