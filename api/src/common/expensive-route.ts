import { applyDecorators, ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { ProblemException } from './problem.exception';
import { clientAddress } from './request-origin';

/**
 * One budget per signed-in person across every expensive route (analytics, audit verification, exports), so a
 * script or a stuck browser tab cannot take the database from everyone else. Counted in this process: with several
 * replicas each gives the full budget, which still bounds the load per replica.
 */
@Injectable()
export class ExpensiveRouteThrottle extends ThrottlerGuard {
  protected override async getTracker(request: FastifyRequest): Promise<string> {
    return request.actor?.userId ?? clientAddress(request) ?? 'unknown';
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return `expensive:${name}:${tracker}`;
  }

  protected override async throwThrottlingException(_context: ExecutionContext, limit: ThrottlerLimitDetail): Promise<void> {
    const perMinute = Math.round((limit.limit * 60_000) / limit.ttl);
    throw new ProblemException(
      429,
      'too_many_requests',
      'Too many requests',
      `You have made more than ${perMinute} analytics, audit or export requests in a minute. Try again in ${limit.timeToBlockExpire} seconds.`,
      { retryAfterSeconds: limit.timeToBlockExpire },
    ).withHeader('retry-after', String(limit.timeToBlockExpire));
  }
}

/** Marks a route (or a controller's routes) as expensive: it counts against the caller's per-minute budget. */
export const ExpensiveRoute = () =>
  applyDecorators(
    UseGuards(ExpensiveRouteThrottle),
    ApiTooManyRequestsResponse({
      description: 'More expensive requests in a minute than allowed (COHESION_EXPENSIVE_REQUESTS_PER_MINUTE): try again after Retry-After seconds.',
    }),
  );
