import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { AccessException } from './access.exception';
import { AccessRepository } from './access.repository';

/** Object-level checks on a session (and its note): first in every service method that touches one. */
@Injectable()
export class SessionAccess {
  constructor(private readonly lookups: AccessRepository) {}

  /** Passes when the caller may read the session; otherwise 404, exactly as for a session that does not exist. */
  async requireReadable(tx: EntityManager, actor: Actor, sessionId: string): Promise<void> {
    const session = await this.lookups.findSession(tx, actor, sessionId);
    if (!session?.visible) throw AccessException.notFound('session', sessionId);
  }

  /** Passes when the caller facilitates the session's group: the only people who write or sign its note. */
  async requireFacilitator(tx: EntityManager, actor: Actor, sessionId: string): Promise<void> {
    await this.requireReadable(tx, actor, sessionId);
    if (actor.role !== 'facilitator') throw AccessException.notGroupFacilitator('session', sessionId);
  }

  /** Passes when the caller supervises one of the session's facilitators: the only people who co-sign its note. */
  async requireCosigner(tx: EntityManager, actor: Actor, sessionId: string): Promise<void> {
    await this.requireReadable(tx, actor, sessionId);
    if (actor.role !== 'supervisor') throw AccessException.notSupervisor(sessionId);
  }
}
