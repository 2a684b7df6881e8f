import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Addendum, SessionDetail, StaffRef } from '@cohesion/contracts';
import type { SignableSessionContent } from './note-content-hash';

const staffRef = (id: string | null, name: string | null): StaffRef | null => (id ? { id, displayName: name ?? '' } : null);
const iso = (value: Date | string | null): string | null => (value ? new Date(value).toISOString() : null);

/** Reads a whole session: the answer of GET /api/sessions/:id and what a signature covers. */
@Injectable()
export class SessionReadRepository {
  async findDetail(tx: EntityManager, sessionId: string): Promise<SessionDetail> {
    const [head] = await tx.query(
      `SELECT s.id, s.group_id, to_char(s.held_on, 'YYYY-MM-DD') AS held_on, s.duration_minutes, s.status, s.version,
              s.created_by, cu.display_name AS created_by_name, s.created_at, s.updated_at,
              s.signed_by, su.display_name AS signed_by_name, s.signed_at, s.content_hash,
              s.cosigned_by, csu.display_name AS cosigned_by_name, s.cosigned_at,
              n.themes, n.process, n.interventions, n.risk_level, n.risk_follow_up, n.plan, n.feedback_discussed,
              (SELECT coalesce(json_agg(json_build_object('id', fu.id, 'displayName', fu.display_name) ORDER BY fu.id = s.created_by DESC, fu.display_name), '[]')
                 FROM session_facilitator f JOIN staff_user fu ON fu.id = f.user_id WHERE f.session_id = s.id) AS facilitators
         FROM group_session s
         JOIN staff_user cu ON cu.id = s.created_by
         LEFT JOIN staff_user su ON su.id = s.signed_by
         LEFT JOIN staff_user csu ON csu.id = s.cosigned_by
         LEFT JOIN note n ON n.session_id = s.id
        WHERE s.id = $1`,
      [sessionId],
    );
    // One connection runs one query at a time: these are awaited in turn.
    const attendance = await tx.query(
      `SELECT a.member_id AS "memberId", m.code AS "memberCode", a.status FROM attendance a JOIN member m ON m.id = a.member_id
                 WHERE a.session_id = $1 ORDER BY m.code`,
      [sessionId],
    );
    const ratings = await tx.query(
      `SELECT r.member_id AS "memberId", m.code AS "memberCode", r.measure, r.score, r.source
                  FROM rating r JOIN member m ON m.id = r.member_id JOIN measure ms ON ms.key = r.measure
                 WHERE r.session_id = $1 ORDER BY m.code, ms.position`,
      [sessionId],
    );
    const observations = await tx.query(
      `SELECT o.member_id AS "memberId", m.code AS "memberCode", o.text FROM member_observation o JOIN member m ON m.id = o.member_id
                 WHERE o.session_id = $1 ORDER BY m.code`,
      [sessionId],
    );
    const addenda = await tx.query(
      `SELECT a.id, a.author_id, u.display_name AS author_name, a.text, a.created_at FROM addendum a JOIN staff_user u ON u.id = a.author_id
                 WHERE a.session_id = $1 ORDER BY a.created_at, a.id`,
      [sessionId],
    );
    return {
      id: head.id,
      groupId: head.group_id,
      heldOn: head.held_on,
      durationMinutes: head.duration_minutes,
      status: head.status,
      version: head.version,
      createdBy: { id: head.created_by, displayName: head.created_by_name },
      facilitators: head.facilitators.length ? head.facilitators : [{ id: head.created_by, displayName: head.created_by_name }],
      createdAt: iso(head.created_at) as string,
      updatedAt: iso(head.updated_at) as string,
      signedBy: staffRef(head.signed_by, head.signed_by_name),
      signedAt: iso(head.signed_at),
      contentHash: head.content_hash,
      cosignedBy: staffRef(head.cosigned_by, head.cosigned_by_name),
      cosignedAt: iso(head.cosigned_at),
      attendance,
      note: {
        themes: head.themes ?? [],
        process: head.process ?? '',
        interventions: head.interventions ?? '',
        risk: { level: head.risk_level ?? 'none', followUp: head.risk_follow_up ?? null },
        plan: head.plan ?? '',
        feedbackDiscussed: head.feedback_discussed ?? '',
        memberObservations: observations,
      },
      ratings,
      addenda: addenda.map((a: { id: string; author_id: string; author_name: string; text: string; created_at: Date }): Addendum => ({
        id: a.id,
        author: { id: a.author_id, displayName: a.author_name },
        text: a.text,
        createdAt: iso(a.created_at) as string,
      })),
    };
  }

  /** The content a signature covers, in the shape the content hash is computed over. */
  async findSignableContent(tx: EntityManager, sessionId: string): Promise<SignableSessionContent> {
    const detail = await this.findDetail(tx, sessionId);
    const { note } = detail;
    return {
      sessionId: detail.id,
      groupId: detail.groupId,
      heldOn: detail.heldOn,
      durationMinutes: detail.durationMinutes,
      note: {
        themes: note.themes,
        process: note.process,
        interventions: note.interventions,
        riskLevel: note.risk.level,
        riskFollowUp: note.risk.followUp,
        plan: note.plan,
        feedbackDiscussed: note.feedbackDiscussed,
      },
      attendance: detail.attendance.map(({ memberId, status }) => ({ memberId, status })),
      ratings: detail.ratings.map(({ memberId, measure, score, source }) => ({ memberId, measure, score, source })),
      observations: note.memberObservations.map(({ memberId, text }) => ({ memberId, text })),
    };
  }
}
