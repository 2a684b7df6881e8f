import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { facilitatedBySuperviseeOf } from '../access/access-conditions';
import type { ResolvedScope } from '../access/scope-access';
import type { DateRange } from '../../common/date-range';
import type { SignableSessionContent } from '../sessions/note-content-hash';

type SignedNoteFields = SignableSessionContent['note'];

/** A signed session with its note's fields, as the signature covers them. */
export interface SignedNoteRow extends SignedNoteFields {
  sessionId: string;
  heldOn: string;
  groupName: string;
  durationMinutes: number;
  signedBy: string;
  signedAt: Date;
  cosignedBy: string | null;
  cosignedAt: Date | null;
}

export interface ObservationRow {
  sessionId: string;
  memberCode: string;
  text: string;
}

export interface AddendumRow {
  sessionId: string;
  author: string;
  createdAt: Date;
  text: string;
}

/** What a supervision pack reads besides the analytics: names, and the signed notes with their addenda. */
@Injectable()
export class SupervisionPackRepository {
  async findStaffName(tx: EntityManager, organizationId: string, userId: string): Promise<string | null> {
    const [row] = await tx.query(`SELECT display_name AS name FROM staff_user WHERE id = $1 AND organization_id = $2`, [userId, organizationId]);
    return row?.name ?? null;
  }

  async findGroupNames(tx: EntityManager, groupIds: string[]): Promise<string[]> {
    const rows: { name: string }[] = await tx.query(`SELECT name FROM therapy_group WHERE id = ANY ($1) ORDER BY name`, [groupIds]);
    return rows.map((row) => row.name);
  }

  /** Signed sessions of the scope's groups in the range that the caller reaches, oldest first, with their notes. */
  findSignedNotes(tx: EntityManager, scope: Pick<ResolvedScope, 'groupIds' | 'supervisorId'>, range: DateRange): Promise<SignedNoteRow[]> {
    return tx.query(
      `SELECT s.id AS "sessionId", to_char(s.held_on, 'YYYY-MM-DD') AS "heldOn", g.name AS "groupName", s.duration_minutes AS "durationMinutes",
              su.display_name AS "signedBy", s.signed_at AS "signedAt", cu.display_name AS "cosignedBy", s.cosigned_at AS "cosignedAt",
              n.themes, n.process, n.interventions, n.risk_level AS "riskLevel", n.risk_follow_up AS "riskFollowUp", n.plan,
              n.feedback_discussed AS "feedbackDiscussed"
         FROM group_session s
         JOIN therapy_group g ON g.id = s.group_id
         JOIN note n ON n.session_id = s.id
         JOIN staff_user su ON su.id = s.signed_by
         LEFT JOIN staff_user cu ON cu.id = s.cosigned_by
        WHERE s.group_id = ANY ($1) AND s.status = 'signed' AND s.held_on BETWEEN $2 AND $3 AND ${facilitatedBySuperviseeOf('s', '$4')}
        ORDER BY s.held_on, g.name, s.id`,
      [scope.groupIds, range.from, range.to, scope.supervisorId],
    );
  }

  findObservations(tx: EntityManager, sessionIds: string[]): Promise<ObservationRow[]> {
    return tx.query(
      `SELECT o.session_id AS "sessionId", m.code AS "memberCode", o.text
         FROM member_observation o JOIN member m ON m.id = o.member_id
        WHERE o.session_id = ANY ($1) ORDER BY m.code`,
      [sessionIds],
    );
  }

  findAddenda(tx: EntityManager, sessionIds: string[]): Promise<AddendumRow[]> {
    return tx.query(
      `SELECT a.session_id AS "sessionId", u.display_name AS author, a.created_at AS "createdAt", a.text
         FROM addendum a JOIN staff_user u ON u.id = a.author_id
        WHERE a.session_id = ANY ($1) ORDER BY a.created_at, a.id`,
      [sessionIds],
    );
  }
}
