import type { SupervisionPackScope } from '@cohesion/contracts';
import { AnalyticsException } from '../analytics/analytics.exception';

export interface PackScopeRequest {
  scope?: SupervisionPackScope;
  id?: string;
  facilitatorId?: string;
  groupId?: string;
}

/** The one facilitator or group a pack is about, however the request named it; anything else is a 400 problem. */
export function packScopeOf(request: PackScopeRequest): { scope: SupervisionPackScope; id: string } {
  const named = [
    request.scope !== undefined || request.id !== undefined ? { scope: request.scope, id: request.id } : null,
    request.facilitatorId !== undefined ? { scope: 'facilitator' as const, id: request.facilitatorId } : null,
    request.groupId !== undefined ? { scope: 'group' as const, id: request.groupId } : null,
  ].filter((choice) => choice !== null);
  if (named.length !== 1) throw AnalyticsException.invalidScope('Name one facilitator or one group: scope and id, or facilitatorId, or groupId.');
  const [{ scope, id }] = named;
  if (scope === undefined || id === undefined) throw AnalyticsException.invalidScope('scope and id go together: scope=facilitator|group&id=<uuid>.');
  return { scope, id };
}
