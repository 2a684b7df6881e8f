import { Injectable } from '@nestjs/common';
import type { AttendanceCounts } from '@cohesion/analytics';
import type { EntityManager } from 'typeorm';
import { ROLLUP_UNIT } from './trend-series';

export interface GlanceBenefitRow {
  groupId: string;
  recent: number | null;
  previous: number | null;
  /** Distinct members rated in the recent window. */
  members: number;
}

export interface GlanceWeekRow {
  groupId: string;
  week: string;
  benefitIndex: number | null;
  members: number;
}

export type GlanceAttendanceRow = AttendanceCounts & { groupId: string };

/** The 28-day windows ending on `$2` (the clinic's today): recent is days 0–27 back, previous days 28–55. */
const RECENT = `s.held_on > $2::date - 28 AND s.held_on <= $2::date`;
const PREVIOUS = `s.held_on > $2::date - 56 AND s.held_on <= $2::date - 28`;
const benefitIndexWhere = (window: string) =>
  `(sum(st.total) FILTER (WHERE ${window}) / nullif(sum(st.n) FILTER (WHERE ${window}), 0) / ${ROLLUP_UNIT})::float8`;

/** Distinct members rated in the sessions that `sessions` (over alias `s2`) picks of the outer row's group, each once. */
const distinctRatedMembers = (sessions: string, outer = 's') =>
  `(SELECT count(DISTINCT rated.member_id)::int
      FROM group_session s2 JOIN session_outcome_stat st2 ON st2.session_id = s2.id AND st2.measure = 'benefit_index'
      CROSS JOIN LATERAL unnest(st2.rated_members) AS rated (member_id)
     WHERE s2.group_id = ${outer}.group_id AND ${sessions})`;

/** Each group's recent figures for its card, from the per-session sufficient statistics and attendance. */
@Injectable()
export class GroupGlanceRepository {
  findBenefitIndex(tx: EntityManager, groupIds: string[], today: string): Promise<GlanceBenefitRow[]> {
    return tx.query(
      `SELECT s.group_id AS "groupId", ${benefitIndexWhere(RECENT)} AS recent, ${benefitIndexWhere(PREVIOUS)} AS previous,
              ${distinctRatedMembers(RECENT.replaceAll('s.held_on', 's2.held_on'))} AS members
         FROM group_session s JOIN session_outcome_stat st ON st.session_id = s.id AND st.measure = 'benefit_index'
        WHERE s.group_id = ANY ($1) AND s.held_on > $2::date - 56 AND s.held_on <= $2::date
        GROUP BY s.group_id`,
      [groupIds, today],
    );
  }

  findWeeks(tx: EntityManager, groupIds: string[], today: string): Promise<GlanceWeekRow[]> {
    return tx.query(
      `SELECT w.group_id AS "groupId", to_char(w.week, 'YYYY-MM-DD') AS week, w."benefitIndex",
              ${distinctRatedMembers(`date_trunc('week', s2.held_on) = w.week AND s2.held_on <= $2::date`, 'w')} AS members
         FROM (SELECT s.group_id, date_trunc('week', s.held_on) AS week,
                      (sum(st.total) / nullif(sum(st.n), 0) / ${ROLLUP_UNIT})::float8 AS "benefitIndex"
                 FROM group_session s LEFT JOIN session_outcome_stat st ON st.session_id = s.id AND st.measure = 'benefit_index'
                WHERE s.group_id = ANY ($1) AND s.held_on >= date_trunc('week', $2::date) - interval '11 weeks' AND s.held_on <= $2::date
                GROUP BY s.group_id, date_trunc('week', s.held_on)) w
        ORDER BY w.group_id, w.week`,
      [groupIds, today],
    );
  }

  findAttendance(tx: EntityManager, groupIds: string[], today: string): Promise<GlanceAttendanceRow[]> {
    return tx.query(
      `SELECT s.group_id AS "groupId",
              count(*) FILTER (WHERE a.status = 'present')::int AS present, count(*) FILTER (WHERE a.status = 'late')::int AS late,
              count(*) FILTER (WHERE a.status = 'absent')::int AS absent, count(*) FILTER (WHERE a.status = 'excused')::int AS excused
         FROM group_session s JOIN attendance a ON a.session_id = s.id
        WHERE s.group_id = ANY ($1) AND ${RECENT}
        GROUP BY s.group_id`,
      [groupIds, today],
    );
  }
}
