import type { Actor } from '../../common/actor';

export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/**
 * The one rule for which groups a caller reaches, as SQL over a `therapy_group` alias whose parameters are numbered
 * from `firstParam`. Facilitators reach the groups they facilitate; supervisors those of the facilitators they
 * supervise; directors every group of their organization; admins none (separation of duties).
 */
export function visibleGroupCondition(actor: Actor, groupAlias: string, firstParam = 1): SqlCondition {
  const org = `$${firstParam}`;
  const user = `$${firstParam + 1}`;
  const inOrganization = `${groupAlias}.organization_id = ${org}`;
  switch (actor.role) {
    case 'director':
      return { sql: inOrganization, params: [actor.organizationId] };
    case 'facilitator':
      return {
        sql: `${inOrganization} AND EXISTS (SELECT 1 FROM group_facilitator vf WHERE vf.group_id = ${groupAlias}.id AND vf.user_id = ${user})`,
        params: [actor.organizationId, actor.userId],
      };
    case 'supervisor':
      return {
        sql: `${inOrganization} AND EXISTS (SELECT 1 FROM group_facilitator vf JOIN supervision vs ON vs.facilitator_id = vf.user_id
                WHERE vf.group_id = ${groupAlias}.id AND vs.supervisor_id = ${user})`,
        params: [actor.organizationId, actor.userId],
      };
    case 'admin':
      return { sql: 'false', params: [] };
  }
}
