import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AttendanceStatus } from '@cohesion/domain';

/** An attended session: the member's score by measure, and the session's [n, total] by stored measure. */
export interface AttendedSessionRow {
  sessionId: string;
  heldOn: string;
  scores: Record<string, number>;
  stats: Record<string, [number, number]>;
}

export interface SessionClimateRow {
  groupId: string;
  sessionId: string;
  heldOn: string;
  n: number | null;
  total: number | null;
  totalSq: number | null;
}

export interface EnrolledMemberRow {
  groupId: string;
  memberId: string;
  memberCode: string;
}

export interface MemberSessionRow {
  groupId: string;
  memberId: string;
  sessionId: string;
  heldOn: string;
  attendance: AttendanceStatus;
  measure: string | null;
  score: number | null;
}

/** Member-level outcome reads: the only analytics queries that touch raw ratings, through covering indexes. */
@Injectable()
export class MemberOutcomesRepository {
  async isEnrolledEver(tx: EntityManager, groupId: string, memberId: string): Promise<boolean> {
    const rows = await tx.query(`SELECT 1 FROM enrollment WHERE group_id = $1 AND member_id = $2`, [groupId, memberId]);
    return rows.length > 0;
  }

  /**
   * The group's sessions the member attended (present or late), in order: the member's scores by measure, and each
   * session's sufficient statistics by measure (the group mean). One statement, as it answers every trajectory.
   */
  findAttendedSessions(tx: EntityManager, groupId: string, memberId: string): Promise<AttendedSessionRow[]> {
    return tx.query(
      `SELECT a.session_id AS "sessionId", to_char(s.held_on, 'YYYY-MM-DD') AS "heldOn",
              (SELECT coalesce(json_object_agg(r.measure, r.score), '{}') FROM rating r
                WHERE r.session_id = a.session_id AND r.member_id = a.member_id) AS scores,
              (SELECT coalesce(json_object_agg(st.measure, json_build_array(st.n, st.total)), '{}') FROM session_outcome_stat st
                WHERE st.session_id = a.session_id) AS stats
         FROM attendance a
         JOIN group_session s ON s.id = a.session_id
        WHERE a.member_id = $1 AND s.group_id = $2 AND a.status IN ('present', 'late')
        ORDER BY s.held_on, s.created_at, s.id`,
      [memberId, groupId],
    );
  }

  /** Every session of the groups in date order, with the benefit-index statistics of those that have ratings. */
  findGroupClimate(tx: EntityManager, groupIds: string[]): Promise<SessionClimateRow[]> {
    return tx.query(
      `SELECT s.group_id AS "groupId", s.id AS "sessionId", to_char(s.held_on, 'YYYY-MM-DD') AS "heldOn",
              st.n, st.total::float8 AS total, st.total_sq::float8 AS "totalSq"
         FROM group_session s
         LEFT JOIN session_outcome_stat st ON st.session_id = s.id AND st.measure = 'benefit_index'
        WHERE s.group_id = ANY ($1)
        ORDER BY s.group_id, s.held_on, s.created_at, s.id`,
      [groupIds],
    );
  }

  findCurrentMembers(tx: EntityManager, groupIds: string[]): Promise<EnrolledMemberRow[]> {
    return tx.query(
      `SELECT e.group_id AS "groupId", e.member_id AS "memberId", m.code AS "memberCode"
         FROM enrollment e JOIN member m ON m.id = e.member_id
        WHERE e.group_id = ANY ($1) AND e.left_on IS NULL`,
      [groupIds],
    );
  }

  /** Attendance of the groups' current members, with their ratings where they were rated, in session order. */
  findCurrentMemberHistories(tx: EntityManager, groupIds: string[]): Promise<MemberSessionRow[]> {
    return tx.query(
      `SELECT s.group_id AS "groupId", a.member_id AS "memberId", a.session_id AS "sessionId",
              to_char(s.held_on, 'YYYY-MM-DD') AS "heldOn", a.status AS attendance, r.measure, r.score
         FROM enrollment e
         JOIN attendance a ON a.member_id = e.member_id
         JOIN group_session s ON s.id = a.session_id AND s.group_id = e.group_id
         LEFT JOIN rating r ON r.session_id = a.session_id AND r.member_id = a.member_id
        WHERE e.group_id = ANY ($1) AND e.left_on IS NULL
        ORDER BY s.group_id, a.member_id, s.held_on, s.created_at, s.id`,
      [groupIds],
    );
  }

  /** Sufficient statistics of members' first-session scores per measure in the organization (in sixths): the norm s1. */
  findFirstSessionNorms(tx: EntityManager, organizationId: string): Promise<{ measure: string; n: number; total: number; totalSq: number }[]> {
    return tx.query(`SELECT measure, n::int AS n, total::float8 AS total, total_sq::float8 AS "totalSq" FROM first_session_norm WHERE organization_id = $1`, [
      organizationId,
    ]);
  }
}
