import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import type { ProblemDetails } from '@cohesion/contracts';
import { AuditTrail, originOf } from './audit-trail';

/**
 * Records refused requests (403) in the audit trail. The request's own transaction has rolled back by then, so the
 * row is written on its own; if that fails the refusal is still sent, and the failure is logged.
 */
@Injectable()
export class DeniedRequests {
  private readonly logger = new Logger(DeniedRequests.name);

  constructor(
    private readonly audit: AuditTrail,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async record(request: FastifyRequest, problem: ProblemDetails): Promise<void> {
    const origin = request.actor
      ? originOf(request.actor)
      : { organizationId: null, actorId: null, actorRole: null, ip: request.ip ?? null, requestId: String(request.id) };
    try {
      await this.audit.recordFrom(this.db, origin, {
        action: 'request.denied',
        outcome: 'denied',
        // The route's pattern, not its URL: ids in the path stay out of the trail's entity columns.
        entityType: 'route',
        entityId: `${request.method} ${request.routeOptions.url ?? ''}`,
        detail: { status: problem.status, problem: problem.type },
      });
    } catch (error) {
      this.logger.error({ err: error, reqId: request.id }, 'could not record a denied request in the audit trail');
    }
  }
}
