import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface GroupMemberRow {
  memberId: string;
  code: string;
  joinedOn: string;
  leftOn: string | null;
  sessionsAttended: number;
  sessionsScheduled: number;
}

export interface GroupMemberRatingRow {
  memberId: string;
  sessionId: string;
  heldOn: string;
  measure: string;
  score: number;
}

/** The member table of a group: enrollment, attendance counts and ratings, read through the members' covering indexes. */
@Injectable()
export class GroupMembersRepository {
  findMembers(tx: EntityManager, groupId: string, includeFormer: boolean): Promise<GroupMemberRow[]> {
    return tx.query(
      `SELECT e.member_id AS "memberId", m.code, to_char(e.joined_on, 'YYYY-MM-DD') AS "joinedOn", to_char(e.left_on, 'YYYY-MM-DD') AS "leftOn",
              count(s.id) FILTER (WHERE a.status IN ('present', 'late'))::int AS "sessionsAttended", count(s.id)::int AS "sessionsScheduled"
         FROM enrollment e
         JOIN member m ON m.id = e.member_id
         LEFT JOIN attendance a ON a.member_id = e.member_id
         LEFT JOIN group_session s ON s.id = a.session_id AND s.group_id = e.group_id
        WHERE e.group_id = $1 AND ($2 OR e.left_on IS NULL)
        GROUP BY e.member_id, m.code, e.joined_on, e.left_on
        ORDER BY e.left_on IS NOT NULL, m.code`,
      [groupId, includeFormer],
    );
  }

  /** The members' ratings in this group's sessions, newest session first. */
  findRatings(tx: EntityManager, groupId: string, memberIds: string[]): Promise<GroupMemberRatingRow[]> {
    return tx.query(
      `SELECT r.member_id AS "memberId", r.session_id AS "sessionId", to_char(s.held_on, 'YYYY-MM-DD') AS "heldOn", r.measure, r.score
         FROM rating r
         JOIN group_session s ON s.id = r.session_id
        WHERE r.member_id = ANY ($2) AND s.group_id = $1
        ORDER BY r.member_id, s.held_on DESC, s.created_at DESC, s.id`,
      [groupId, memberIds],
    );
  }
}
