import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { GroupSummary } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { visibleGroupCondition } from '../access/access-conditions';

/** The columns of a GroupSummary over `therapy_group g JOIN program p` (also used for a group's detail). */
export const GROUP_SUMMARY_COLUMNS = `g.id, g.name, g.kind, g.program_id AS "programId", p.name AS "programName",
  COALESCE((SELECT json_agg(json_build_object('id', u.id, 'displayName', u.display_name, 'role', gf.role) ORDER BY gf.role DESC, u.display_name)
              FROM group_facilitator gf JOIN staff_user u ON u.id = gf.user_id WHERE gf.group_id = g.id), '[]') AS facilitators,
  (SELECT count(*)::int FROM enrollment e WHERE e.group_id = g.id AND e.left_on IS NULL) AS "memberCount",
  (SELECT count(*)::int FROM group_session s WHERE s.group_id = g.id) AS "sessionCount",
  (SELECT to_char(max(s.held_on), 'YYYY-MM-DD') FROM group_session s WHERE s.group_id = g.id) AS "lastSessionOn"`;
export const GROUP_SUMMARY_FROM = `FROM therapy_group g JOIN program p ON p.id = g.program_id`;

@Injectable()
export class GroupsRepository {
  findVisibleGroupSummaries(tx: EntityManager, actor: Actor): Promise<GroupSummary[]> {
    const visible = visibleGroupCondition(actor, 'g');
    return tx.query(`SELECT ${GROUP_SUMMARY_COLUMNS} ${GROUP_SUMMARY_FROM} WHERE ${visible.sql} ORDER BY p.name, g.name`, visible.params);
  }
}
