import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DateRange } from '../../common/date-range';
import { facilitatedBySuperviseeOf } from '../access/access-conditions';
import type { ResolvedScope } from '../access/scope-access';

/** Where a batch of sessions ends: the next batch starts after it (keyset pagination). */
export interface SessionKey {
  heldOn: string;
  id: string;
}

export interface RatingExportRow {
  organization: string;
  program: string;
  group: string;
  heldOn: string;
  sessionId: string;
  memberCode: string;
  measure: string;
  score: number;
  source: string;
}

/** The groups of a resolved scope as a condition over `therapy_group g`, with parameters $1–$3. */
const GROUPS_OF_SCOPE = `g.organization_id = $1 AND ($2::uuid[] IS NULL OR g.id = ANY ($2)) AND ($3::uuid IS NULL OR g.program_id = $3)`;

/** Ratings of a scope in session order, a batch of sessions at a time, so that no export holds more than a batch. */
@Injectable()
export class RatingsExportRepository {
  /** The next sessions of the scope in the range, after `after`, by date then id. */
  findSessionKeys(tx: EntityManager, scope: ResolvedScope, range: DateRange, after: SessionKey | null, limit: number): Promise<SessionKey[]> {
    return tx.query(
      `SELECT to_char(s.held_on, 'YYYY-MM-DD') AS "heldOn", s.id
         FROM group_session s JOIN therapy_group g ON g.id = s.group_id
        WHERE ${GROUPS_OF_SCOPE} AND s.held_on BETWEEN $4 AND $5
          AND ($6::date IS NULL OR (s.held_on, s.id) > ($6::date, $7::uuid)) AND ${facilitatedBySuperviseeOf('s', '$9')}
        ORDER BY s.held_on, s.id
        LIMIT $8`,
      [scope.organizationId, scope.groupIds, scope.programId, range.from, range.to, after?.heldOn ?? null, after?.id ?? null, limit, scope.supervisorId],
    );
  }

  /** Every rating of these sessions, one row each, by session, member code and the measures' own order. */
  findRatingsOfSessions(tx: EntityManager, sessionIds: string[]): Promise<RatingExportRow[]> {
    return tx.query(
      `SELECT o.name AS organization, p.name AS program, g.name AS "group", to_char(s.held_on, 'YYYY-MM-DD') AS "heldOn", s.id AS "sessionId",
              m.code AS "memberCode", r.measure, r.score, r.source
         FROM group_session s
         JOIN therapy_group g ON g.id = s.group_id
         JOIN program p ON p.id = g.program_id
         JOIN organization o ON o.id = s.organization_id
         JOIN rating r ON r.session_id = s.id
         JOIN member m ON m.id = r.member_id
         JOIN measure ms ON ms.key = r.measure
        WHERE s.id = ANY ($1)
        ORDER BY s.held_on, s.id, m.code, ms.position`,
      [sessionIds],
    );
  }
}
