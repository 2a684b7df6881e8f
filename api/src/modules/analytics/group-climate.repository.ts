import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { visibleGroupCondition } from '../access/access-conditions';
import { ROLLUP_UNIT } from './trend-series';

export interface GroupClimateRow {
  groupId: string;
  groupName: string;
  programId: string;
  programName: string;
  week: string | null;
  benefitIndex: number | null;
  members: number | null;
}

/** Each visible group's benefit index by ISO week, from the per-session sufficient statistics (never raw ratings). */
@Injectable()
export class GroupClimateRepository {
  findWeeks(
    tx: EntityManager,
    actor: Actor,
    range: { from: string; to: string; programId: string | null; groupIds: string[] | null },
  ): Promise<GroupClimateRow[]> {
    const visible = visibleGroupCondition(actor, 'g', 5);
    return tx.query(
      `SELECT g.id AS "groupId", g.name AS "groupName", p.id AS "programId", p.name AS "programName",
              to_char(date_trunc('week', s.held_on), 'YYYY-MM-DD') AS week,
              (sum(st.total) / nullif(sum(st.n), 0) / ${ROLLUP_UNIT})::float8 AS "benefitIndex", max(st.members)::int AS members
         FROM therapy_group g
         JOIN program p ON p.id = g.program_id
         LEFT JOIN group_session s ON s.group_id = g.id AND s.held_on BETWEEN $1::date AND $2::date
         LEFT JOIN session_outcome_stat st ON st.session_id = s.id AND st.measure = 'benefit_index'
        WHERE ($3::uuid IS NULL OR g.program_id = $3::uuid) AND ($4::uuid[] IS NULL OR g.id = ANY ($4)) AND ${visible.sql}
        GROUP BY g.id, g.name, p.id, p.name, date_trunc('week', s.held_on)
        ORDER BY p.name, g.name, g.id, week`,
      [range.from, range.to, range.programId, range.groupIds, ...visible.params],
    );
  }
}
