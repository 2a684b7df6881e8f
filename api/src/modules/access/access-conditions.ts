import type { Actor } from '../../common/actor';

/** A piece of SQL for a WHERE clause, and the parameters it numbers. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/**
 * Which groups a caller reaches, as SQL over a `therapy_group` alias whose parameters are numbered from `firstParam`.
 * Facilitators reach the groups they facilitate (lead or co); supervisors the groups one of their supervisees leads;
 * directors every group of their organization; admins none (separation of duties). A group a supervisee only
 * co-facilitates is another supervisor's to see: its figures, member table and check-ins come from sessions the lead
 * ran alone too. Its sessions that the supervisee ran stay in reach one by one (`visibleSessionCondition`).
 */
export function visibleGroupCondition(actor: Actor, groupAlias: string, firstParam = 1): SqlCondition {
  return reachOf(actor, firstParam, `${groupAlias}.organization_id`, {
    facilitator: (user) => `EXISTS (SELECT 1 FROM group_facilitator vf WHERE vf.group_id = ${groupAlias}.id AND vf.user_id = ${user})`,
    supervisor: (user) => `EXISTS (SELECT 1 FROM group_facilitator vf JOIN supervision vs ON vs.facilitator_id = vf.user_id
                             WHERE vf.group_id = ${groupAlias}.id AND vf.role = 'lead' AND vs.supervisor_id = ${user})`,
  });
}

/**
 * Which sessions (and so notes) a caller reaches, over a `group_session` alias. Facilitators and directors reach the
 * sessions of the groups they reach. A supervisor reaches only the sessions one of their supervisees facilitated (led
 * or co-facilitated): in a group that a supervisee co-facilitates with someone else, the other facilitator's sessions
 * stay out of reach.
 */
export function visibleSessionCondition(actor: Actor, sessionAlias: string, firstParam = 1): SqlCondition {
  return reachOf(actor, firstParam, `${sessionAlias}.organization_id`, {
    facilitator: (user) => `EXISTS (SELECT 1 FROM group_facilitator vf WHERE vf.group_id = ${sessionAlias}.group_id AND vf.user_id = ${user})`,
    supervisor: (user) => facilitatedBySuperviseeOf(sessionAlias, user),
  });
}

/** Directors reach their whole organization, admins nothing clinical; facilitators and supervisors as the rules say. */
function reachOf(
  actor: Actor,
  firstParam: number,
  organizationColumn: string,
  rules: Record<'facilitator' | 'supervisor', (userParam: string) => string>,
): SqlCondition {
  const [org, user] = [`$${firstParam}`, `$${firstParam + 1}`];
  const inOrganization = `${organizationColumn} = ${org}`;
  switch (actor.role) {
    case 'director':
      return { sql: inOrganization, params: [actor.organizationId] };
    case 'facilitator':
    case 'supervisor':
      return { sql: `${inOrganization} AND ${rules[actor.role](user)}`, params: [actor.organizationId, actor.userId] };
    case 'admin':
      return { sql: 'false', params: [] };
  }
}

/**
 * Sessions that a supervisee of the supervisor in `supervisorParam` facilitated; with a null parameter, every session.
 * For queries over a resolved scope, whose `supervisorId` says whether the restriction applies.
 */
export function facilitatedBySuperviseeOf(sessionAlias: string, supervisorParam: string): string {
  return `(${supervisorParam}::uuid IS NULL OR EXISTS (SELECT 1 FROM session_facilitator vsf JOIN supervision vss ON vss.facilitator_id = vsf.user_id
            WHERE vsf.session_id = ${sessionAlias}.id AND vss.supervisor_id = ${supervisorParam}::uuid))`;
}
