import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TrendScope } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { AccessException } from './access.exception';
import { AccessRepository } from './access.repository';

/**
 * What a scope covers, once the caller may see it: an explicit list of groups (group, facilitator) or a program or
 * the whole organization (directors only), which the rollups answer.
 */
export interface ResolvedScope {
  scope: TrendScope;
  id: string | null;
  organizationId: string;
  groupIds: string[] | null;
  programId: string | null;
  /**
   * Set when the caller is a supervisor: records of single sessions (notes, rating rows) are theirs to see only where
   * one of this supervisor's supervisees facilitated the session (see `facilitatedBySuperviseeOf`).
   */
  supervisorId: string | null;
}

/** Object-level checks for the scopes of analytics, reports and exports: first in every such request. */
@Injectable()
export class ScopeAccess {
  constructor(private readonly lookups: AccessRepository) {}

  /**
   * The scope if the caller may see it: a group or facilitator they reach (else 404); a program or the organization
   * for directors (else 403). The organization scope takes no id (it is always the caller's), every other one needs it.
   */
  async resolve(tx: EntityManager, actor: Actor, scope: TrendScope, id: string | undefined): Promise<ResolvedScope> {
    const supervisorId = actor.role === 'supervisor' ? actor.userId : null;
    if (scope === 'organization') {
      if (id !== undefined) throw AccessException.invalidScope('The organization scope takes no id: it is always your own organization.');
      if (actor.role !== 'director') throw AccessException.scopeForbidden('organization', actor.organizationId);
      return { scope, id: null, organizationId: actor.organizationId, groupIds: null, programId: null, supervisorId };
    }
    if (id === undefined) throw AccessException.invalidScope(`The ${scope} scope needs the id of the ${scope}.`);
    const base = { scope, id, organizationId: actor.organizationId, supervisorId };
    switch (scope) {
      case 'group':
        if (!(await this.lookups.isGroupVisible(tx, actor, id))) throw AccessException.scopeNotFound('group', id);
        return { ...base, groupIds: [id], programId: null };
      case 'facilitator':
        await this.requireFacilitatorInReach(tx, actor, id);
        return { ...base, groupIds: await this.groupsOfFacilitatorInReach(tx, actor, id), programId: null };
      case 'program':
        if (actor.role !== 'director') throw AccessException.scopeForbidden('program', id);
        if (!(await this.lookups.programExists(tx, actor.organizationId, id))) throw AccessException.scopeNotFound('program', id);
        return { ...base, groupIds: null, programId: id };
    }
  }

  /** The facilitator's groups (lead or co), of those the caller reaches: a supervisor's, only the ones a supervisee leads. */
  private async groupsOfFacilitatorInReach(tx: EntityManager, actor: Actor, facilitatorId: string): Promise<string[]> {
    const groupIds = await this.lookups.findGroupIdsOfFacilitator(tx, actor.organizationId, facilitatorId);
    if (actor.role !== 'supervisor') return groupIds;
    const visible = new Set(await this.lookups.findVisibleGroupIds(tx, actor));
    return groupIds.filter((groupId) => visible.has(groupId));
  }

  /** A facilitator may ask about themselves, a supervisor about the facilitators they supervise, a director about anyone. */
  private async requireFacilitatorInReach(tx: EntityManager, actor: Actor, facilitatorId: string): Promise<void> {
    const inReach =
      (await this.lookups.isFacilitator(tx, actor.organizationId, facilitatorId)) &&
      (actor.role === 'director' ||
        (actor.role === 'facilitator' && actor.userId === facilitatorId) ||
        (actor.role === 'supervisor' && (await this.lookups.isSupervisorOf(tx, actor.userId, facilitatorId))));
    if (!inReach) throw AccessException.scopeNotFound('facilitator', facilitatorId);
  }
}
