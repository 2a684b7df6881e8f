import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import type { ProblemDetails } from '@cohesion/contracts';
import { errorForLog } from '../../common/error-log';
import { clientAddress, originOfRequest } from '../../common/request-origin';
import type { RefusedSubject } from '../../common/problem.exception';
import { AuditTrail, originOf } from './audit-trail';
import { RefusedRequestTally } from './refused-request-tally';

/**
 * Records refused requests in the audit trail: every 403, and every object-level refusal (a 404 for a record out of
 * the caller's reach) with the kind and id of what was asked for; requests without a live session (401) are tallied
 * per address and minute instead. The request's own transaction has rolled back by
 * then, so the row is written on its own; if that fails the refusal is still sent, and the failure is logged.
 */
@Injectable()
export class DeniedRequests {
  private readonly logger = new Logger(DeniedRequests.name);

  constructor(
    private readonly audit: AuditTrail,
    private readonly tally: RefusedRequestTally,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async record(request: FastifyRequest, problem: ProblemDetails, refused: RefusedSubject | null): Promise<void> {
    if (problem.status === 401) {
      // A wrong password is audited by the sign-in itself; what is tallied is a request without a live session.
      if (problem.code === 'unauthenticated') this.tally.count('unauthenticated', clientAddress(request));
      return;
    }
    const origin = request.actor ? originOf(request.actor) : { organizationId: null, actorId: null, actorRole: null, ...originOfRequest(request) };
    const route = `${request.method} ${request.routeOptions.url ?? ''}`;
    try {
      await this.audit.recordFrom(this.db, origin, {
        action: 'request.denied',
        outcome: 'denied',
        // What was asked for when an access check names it; else the route's pattern (not its URL, whose ids would
        // otherwise land in the trail unchecked).
        entityType: refused?.type ?? 'route',
        entityId: refused?.id ?? route,
        detail: { status: problem.status, problem: problem.type, ...(refused ? { route } : {}) },
      });
    } catch (error) {
      this.logger.error({ error: errorForLog(error), reqId: request.id }, 'could not record a denied request in the audit trail');
    }
  }
}
