import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { AccessException } from './access.exception';
import { AccessRepository } from './access.repository';

/** Object-level checks on a group, first in every service method that touches one. */
@Injectable()
export class GroupAccess {
  constructor(private readonly lookups: AccessRepository) {}

  /**
   * Passes when the caller may read the group; otherwise 404, exactly as for a group that does not exist. `asked` names
   * what the request was about when that is not the group itself (an alert of the group, say).
   */
  async requireReadable(
    tx: EntityManager,
    actor: Actor,
    groupId: string,
    asked: { subject: 'group' | 'check_in'; id: string } = { subject: 'group', id: groupId },
  ): Promise<void> {
    if (!(await this.lookups.isGroupVisible(tx, actor, groupId))) throw AccessException.notFound(asked.subject, asked.id);
  }

  /** Passes when the caller facilitates the group (lead or co); readers who do not get 403, others 404. */
  async requireFacilitator(tx: EntityManager, actor: Actor, groupId: string): Promise<void> {
    await this.requireReadable(tx, actor, groupId);
    // A facilitator who reads a group facilitates it; the other readers (supervisors, directors) never write.
    if (actor.role !== 'facilitator') throw AccessException.notGroupFacilitator('group', groupId);
  }

  /** Passes for the group's facilitators and their supervisors: the people who act on its members' check-ins. */
  async requireCareTeam(tx: EntityManager, actor: Actor, groupId: string, asked: { subject: 'group' | 'check_in'; id: string }): Promise<void> {
    await this.requireReadable(tx, actor, groupId, asked);
    if (actor.role !== 'facilitator' && actor.role !== 'supervisor') throw AccessException.notCareTeam(asked.subject, asked.id);
  }

  /** The groups the caller reaches, in id order. */
  visibleGroupIds(tx: EntityManager, actor: Actor): Promise<string[]> {
    return this.lookups.findVisibleGroupIds(tx, actor);
  }
}
