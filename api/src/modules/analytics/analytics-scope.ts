import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TrendScope } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { GroupAccess } from '../groups/group-access';
import { GroupsException } from '../groups/groups.exception';
import { AnalyticsException } from './analytics.exception';
import { AnalyticsScopeRepository } from './analytics-scope.repository';

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
}

/** Object-level checks for analytics, first in every analytics request. */
@Injectable()
export class AnalyticsScopes {
  constructor(
    private readonly groupAccess: GroupAccess,
    private readonly lookups: AnalyticsScopeRepository,
  ) {}

  async resolve(tx: EntityManager, actor: Actor, scope: TrendScope, id: string | undefined): Promise<ResolvedScope> {
    const organizationId = actor.organizationId;
    if (scope === 'organization') {
      if (id !== undefined) throw AnalyticsException.invalidScope('The organization scope takes no id: it is always your own organization.');
      if (actor.role !== 'director') throw AnalyticsException.scopeForbidden(scope);
      return { scope, id: null, organizationId, groupIds: null, programId: null };
    }
    if (id === undefined) throw AnalyticsException.invalidScope(`The ${scope} scope needs the id of the ${scope}.`);
    switch (scope) {
      case 'group':
        await this.requireGroup(tx, actor, id);
        return { scope, id, organizationId, groupIds: [id], programId: null };
      case 'facilitator':
        await this.requireFacilitator(tx, actor, id);
        return { scope, id, organizationId, groupIds: await this.lookups.findGroupIdsOfFacilitator(tx, organizationId, id), programId: null };
      case 'program':
        if (actor.role !== 'director') throw AnalyticsException.scopeForbidden(scope);
        if (!(await this.lookups.programExists(tx, organizationId, id))) throw AnalyticsException.scopeNotFound(scope);
        return { scope, id, organizationId, groupIds: null, programId: id };
    }
  }

  /** The group if the caller may read it; otherwise 404. */
  async requireGroup(tx: EntityManager, actor: Actor, groupId: string): Promise<void> {
    await this.groupAccess.requireReadable(tx, actor, groupId).catch((error: unknown) => {
      throw error instanceof GroupsException ? AnalyticsException.scopeNotFound('group') : error;
    });
  }

  /** A facilitator may ask about themselves, a supervisor about the facilitators they supervise, a director about anyone. */
  private async requireFacilitator(tx: EntityManager, actor: Actor, facilitatorId: string): Promise<void> {
    const visible =
      (await this.lookups.findFacilitator(tx, actor.organizationId, facilitatorId)) &&
      (actor.role === 'director' ||
        (actor.role === 'facilitator' && actor.userId === facilitatorId) ||
        (actor.role === 'supervisor' && (await this.lookups.isSupervisorOf(tx, actor.userId, facilitatorId))));
    if (!visible) throw AnalyticsException.scopeNotFound('facilitator');
  }
}
