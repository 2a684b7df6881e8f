import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { clientAddress } from '../../../common/request-origin';
import { SingleSignOnException } from './single-sign-on.exception';

/** Single sign-ons one client address may start in a minute: a clinic's morning behind one address, not a script. */
export const SIGN_INS_STARTED_PER_MINUTE = 60;

/**
 * Starting single sign-on is public and keeps a row (and may ask the provider for its metadata), so each client
 * address gets a budget a minute. Counted in this process, like the expensive routes' budget.
 */
@Injectable()
export class SingleSignOnStartThrottle extends ThrottlerGuard {
  protected override async getTracker(request: FastifyRequest): Promise<string> {
    return clientAddress(request) ?? 'unknown';
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return `sso-start:${name}:${tracker}`;
  }

  protected override async throwThrottlingException(_context: ExecutionContext, limit: ThrottlerLimitDetail): Promise<void> {
    throw SingleSignOnException.tooManyStarts(limit.timeToBlockExpire);
  }
}
