import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { GroupAccess } from '../groups/group-access';
import { GroupsException } from '../groups/groups.exception';
import { SessionsException } from './sessions.exception';
import { SessionsRepository, type SessionHead } from './sessions.repository';

/** Object-level checks on a session: first in every service method that touches one. */
@Injectable()
export class SessionAccess {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly groupAccess: GroupAccess,
  ) {}

  /** The session if the caller may read its group; otherwise 404, exactly as for a session that does not exist. */
  async requireReadable(tx: EntityManager, actor: Actor, sessionId: string, options: { lock?: boolean } = {}): Promise<SessionHead> {
    const head = await this.sessions.findHead(tx, actor.organizationId, sessionId, options);
    if (!head) throw SessionsException.notFound();
    await this.groupAccess.requireReadable(tx, actor, head.groupId).catch((error: unknown) => {
      throw error instanceof GroupsException ? SessionsException.notFound() : error;
    });
    return head;
  }

  /** The session if the caller facilitates its group (readers who do not get 403, others 404). */
  async requireFacilitator(tx: EntityManager, actor: Actor, sessionId: string, options: { lock?: boolean } = {}): Promise<SessionHead> {
    const head = await this.requireReadable(tx, actor, sessionId, options);
    this.groupAccess.requireWriterRole(actor);
    return head;
  }
}
