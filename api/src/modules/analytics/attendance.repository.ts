import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DateRange } from '../../common/date-range';
import type { ResolvedScope } from '../access/scope-access';

export interface AttendanceCountsRow {
  sessions: number;
  present: number;
  late: number;
  absent: number;
  excused: number;
  facilitatorMinutes: number;
}

export interface AttendanceWeekRow {
  week: string;
  scheduled: number;
  attended: number;
}

export interface EnrollmentCourseRow {
  /** Sessions attended (present or late). */
  sessions: number;
  droppedOut: boolean;
  programId: string;
  programName: string;
}

/** The groups of a scope as a condition over `therapy_group g`, with parameters $1–$3. */
const GROUPS_OF_SCOPE = `g.organization_id = $1 AND ($2::uuid[] IS NULL OR g.id = ANY ($2)) AND ($3::uuid IS NULL OR g.program_id = $3)`;

const scopeParams = (scope: ResolvedScope) => [scope.organizationId, scope.groupIds, scope.programId];

/** Attendance, facilitator time and enrollment courses of a scope, aggregated in PostgreSQL. */
@Injectable()
export class AttendanceRepository {
  async findCounts(tx: EntityManager, scope: ResolvedScope, range: DateRange): Promise<AttendanceCountsRow> {
    const [row] = await tx.query(
      `WITH sessions AS (
         SELECT s.id, s.duration_minutes FROM group_session s JOIN therapy_group g ON g.id = s.group_id
          WHERE ${GROUPS_OF_SCOPE} AND s.held_on BETWEEN $4 AND $5
       ), counts AS (
         SELECT count(*) FILTER (WHERE a.status = 'present')::int AS present, count(*) FILTER (WHERE a.status = 'late')::int AS late,
                count(*) FILTER (WHERE a.status = 'absent')::int AS absent, count(*) FILTER (WHERE a.status = 'excused')::int AS excused
           FROM sessions s JOIN attendance a ON a.session_id = s.id
       ), time AS (
         SELECT count(*)::int AS sessions,
                coalesce(sum(s.duration_minutes * greatest(1, (SELECT count(*) FROM session_facilitator f WHERE f.session_id = s.id))), 0)::float8 AS minutes
           FROM sessions s
       )
       SELECT time.sessions, time.minutes AS "facilitatorMinutes", counts.* FROM time, counts`,
      [...scopeParams(scope), range.from, range.to],
    );
    return row;
  }

  /** Scheduled and attended member-sessions of the scope by ISO week. */
  findWeeks(tx: EntityManager, scope: ResolvedScope, range: DateRange): Promise<AttendanceWeekRow[]> {
    return tx.query(
      `SELECT to_char(date_trunc('week', s.held_on), 'YYYY-MM-DD') AS week, count(*)::int AS scheduled,
              count(*) FILTER (WHERE a.status IN ('present', 'late'))::int AS attended
         FROM group_session s JOIN therapy_group g ON g.id = s.group_id JOIN attendance a ON a.session_id = s.id
        WHERE ${GROUPS_OF_SCOPE} AND s.held_on BETWEEN $4 AND $5
        GROUP BY date_trunc('week', s.held_on)
        ORDER BY week`,
      [...scopeParams(scope), range.from, range.to],
    );
  }

  /**
   * Members who joined in the range: how many of the group's sessions they attended (present or late; absences are not
   * sessions), and whether they dropped out.
   */
  findEnrollmentCourses(tx: EntityManager, scope: ResolvedScope, range: DateRange): Promise<EnrollmentCourseRow[]> {
    return tx.query(
      `SELECT attended.sessions, coalesce(e.exit_reason = 'dropped_out' AND e.left_on <= $5, false) AS "droppedOut",
              p.id AS "programId", p.name AS "programName"
         FROM enrollment e
         JOIN therapy_group g ON g.id = e.group_id
         JOIN program p ON p.id = g.program_id
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS sessions FROM attendance a JOIN group_session s ON s.id = a.session_id
            WHERE a.member_id = e.member_id AND s.group_id = e.group_id AND s.held_on <= $5 AND a.status IN ('present', 'late')
         ) attended
        WHERE ${GROUPS_OF_SCOPE} AND e.joined_on BETWEEN $4 AND $5`,
      [...scopeParams(scope), range.from, range.to],
    );
  }
}
