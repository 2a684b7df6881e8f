import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FieldIdentifierFinding, Page, SessionSummary, ThemeUse } from '@cohesion/contracts';
import type { SessionStatus } from '@cohesion/domain';
import type { Actor } from '../../common/actor';
import { visibleSessionCondition } from '../access/access-conditions';
import { bulkInsert } from '../../database/bulk-insert';
import { updateReturning } from '../../database/update-returning';
import type { SessionContent } from './session-content';

export interface SessionHead {
  id: string;
  groupId: string;
  /** Who recorded the session (its first facilitator). */
  createdBy: string;
  heldOn: string;
  status: SessionStatus;
  version: number;
}

const HEAD_COLUMNS = `s.id, s.group_id AS "groupId", to_char(s.held_on, 'YYYY-MM-DD') AS "heldOn", s.status, s.version`;

@Injectable()
export class SessionsRepository {
  /** The head of a session the caller was just granted (sessions are never deleted), locked for the change to come. */
  async lockHead(tx: EntityManager, organizationId: string, sessionId: string): Promise<SessionHead> {
    const [head]: SessionHead[] = await tx.query(
      `SELECT ${HEAD_COLUMNS}, s.created_by AS "createdBy" FROM group_session s WHERE s.id = $1 AND s.organization_id = $2 FOR UPDATE`,
      [sessionId, organizationId],
    );
    if (!head) throw new Error(`session ${sessionId} vanished after its access check`);
    return head;
  }

  /** Members enrolled in the group on the day: joined on or before it, not left by then. */
  async enrolledMemberIds(tx: EntityManager, groupId: string, onDate: string): Promise<Set<string>> {
    const rows: { memberId: string }[] = await tx.query(
      `SELECT member_id AS "memberId" FROM enrollment
        WHERE group_id = $1 AND joined_on <= $2 AND (left_on IS NULL OR left_on > $2)`,
      [groupId, onDate],
    );
    return new Set(rows.map((r) => r.memberId));
  }

  async insertDraft(tx: EntityManager, actor: Actor, groupId: string, content: SessionContent): Promise<string> {
    const [row] = await tx.query(
      `INSERT INTO group_session (organization_id, group_id, held_on, duration_minutes, created_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [actor.organizationId, groupId, content.heldOn, content.durationMinutes, actor.userId],
    );
    await tx.query(`INSERT INTO session_facilitator (session_id, user_id, organization_id) SELECT $1, unnest($2::uuid[]), $3`, [
      row.id,
      [actor.userId, ...content.coFacilitatorIds],
      actor.organizationId,
    ]);
    return row.id;
  }

  /** Replaces who co-facilitated a draft; the one who recorded it stays. */
  async replaceCoFacilitators(
    tx: EntityManager,
    organizationId: string,
    session: Pick<SessionHead, 'id' | 'createdBy'>,
    coFacilitatorIds: string[],
  ): Promise<void> {
    await tx.query(`DELETE FROM session_facilitator WHERE session_id = $1 AND user_id <> $2`, [session.id, session.createdBy]);
    if (!coFacilitatorIds.length) return;
    await tx.query(`INSERT INTO session_facilitator (session_id, user_id, organization_id) SELECT $1, unnest($2::uuid[]), $3`, [
      session.id,
      coFacilitatorIds,
      organizationId,
    ]);
  }

  /** The group's facilitators (lead and co): who may co-facilitate its sessions. */
  async groupFacilitatorIds(tx: EntityManager, groupId: string): Promise<Set<string>> {
    const rows: { userId: string }[] = await tx.query(`SELECT user_id AS "userId" FROM group_facilitator WHERE group_id = $1`, [groupId]);
    return new Set(rows.map((row) => row.userId));
  }

  /** The guarded update: only a draft still at `expectedVersion` changes. Returns the new version, or null. */
  async updateDraftHead(tx: EntityManager, sessionId: string, expectedVersion: number, content: SessionContent): Promise<number | null> {
    const rows = await updateReturning<{ version: number }>(
      tx,
      `UPDATE group_session SET held_on = $3, duration_minutes = $4, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 AND status = 'draft' RETURNING version`,
      [sessionId, expectedVersion, content.heldOn, content.durationMinutes],
    );
    return rows[0]?.version ?? null;
  }

  /** Replaces the note, attendance, ratings and observations of a draft. */
  async replaceContent(tx: EntityManager, organizationId: string, sessionId: string, content: SessionContent): Promise<void> {
    for (const table of ['rating', 'member_observation', 'attendance', 'note']) {
      await tx.query(`DELETE FROM ${table} WHERE session_id = $1`, [sessionId]);
    }
    await this.insertContent(tx, organizationId, sessionId, content);
  }

  /** Writes the note, attendance, ratings and observations of a session that has none yet. */
  async insertContent(tx: EntityManager, organizationId: string, sessionId: string, content: SessionContent): Promise<void> {
    const { note } = content;
    await tx.query(
      `INSERT INTO note (session_id, organization_id, themes, process, interventions, risk_level, risk_follow_up, plan, feedback_discussed)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [sessionId, organizationId, note.themes, note.process, note.interventions, note.risk.level, note.risk.followUp, note.plan, note.feedbackDiscussed],
    );
    await bulkInsert(
      tx,
      'attendance',
      ['session_id', 'member_id', 'organization_id', 'status'],
      content.attendance.map((a) => [sessionId, a.memberId, organizationId, a.status]),
    );
    await bulkInsert(
      tx,
      'rating',
      ['session_id', 'member_id', 'measure', 'organization_id', 'score', 'source'],
      content.ratings.map((r) => [sessionId, r.memberId, r.measure, organizationId, r.score, r.source]),
    );
    await bulkInsert(
      tx,
      'member_observation',
      ['session_id', 'member_id', 'organization_id', 'text'],
      content.memberObservations.map((o) => [sessionId, o.memberId, organizationId, o.text]),
    );
  }

  async recordIdentifierOverrides(tx: EntityManager, actor: Actor, sessionId: string, findings: FieldIdentifierFinding[]): Promise<void> {
    await bulkInsert(
      tx,
      'identifier_override',
      ['organization_id', 'user_id', 'session_id', 'field', 'kind', 'text'],
      findings.map((f) => [actor.organizationId, actor.userId, sessionId, f.field, f.kind, f.text]),
    );
  }

  async findIdempotentSession(tx: EntityManager, userId: string, key: string): Promise<{ requestHash: string; sessionId: string } | null> {
    const rows = await tx.query(`SELECT request_hash AS "requestHash", session_id AS "sessionId" FROM idempotency_key WHERE user_id = $1 AND key = $2`, [
      userId,
      key,
    ]);
    return rows[0] ?? null;
  }

  async rememberIdempotencyKey(tx: EntityManager, actor: Actor, key: string, requestHash: string, sessionId: string): Promise<void> {
    await tx.query(`INSERT INTO idempotency_key (user_id, key, organization_id, request_hash, session_id) VALUES ($1, $2, $3, $4, $5)`, [
      actor.userId,
      key,
      actor.organizationId,
      requestHash,
      sessionId,
    ]);
  }

  /** Serializes requests that carry the same idempotency key, so two retries in flight record one session. */
  async lockIdempotencyKey(tx: EntityManager, userId: string, key: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`idempotency:${userId}:${key}`]);
  }

  /** The group's sessions that the caller reaches (a supervisor: those their supervisees facilitated), newest first. */
  async listForGroup(
    tx: EntityManager,
    actor: Actor,
    groupId: string,
    range: { from?: string; to?: string; limit: number; offset: number },
  ): Promise<Page<SessionSummary>> {
    const visible = visibleSessionCondition(actor, 's', 4);
    const where = `s.group_id = $1 AND ($2::date IS NULL OR s.held_on >= $2) AND ($3::date IS NULL OR s.held_on <= $3) AND ${visible.sql}`;
    const params = [groupId, range.from ?? null, range.to ?? null, ...visible.params];
    const items: SessionSummary[] = await tx.query(
      `SELECT ${HEAD_COLUMNS}, s.duration_minutes AS "durationMinutes", s.signed_at AS "signedAt", s.cosigned_at AS "cosignedAt",
              (SELECT count(*)::int FROM attendance a WHERE a.session_id = s.id AND a.status IN ('present', 'late')) AS "presentCount",
              COALESCE(n.risk_level, 'none') AS "riskLevel"
         FROM group_session s LEFT JOIN note n ON n.session_id = s.id
        WHERE ${where}
        ORDER BY s.held_on DESC, s.created_at DESC
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, range.limit, range.offset],
    );
    const [{ total }] = await tx.query(`SELECT count(*)::int AS total FROM group_session s WHERE ${where}`, params);
    return { items, total };
  }

  /** The themes of the group's notes that the caller reaches, most used first (then most recent), at most `limit`. */
  findThemes(tx: EntityManager, actor: Actor, groupId: string, limit: number): Promise<ThemeUse[]> {
    const visible = visibleSessionCondition(actor, 's', 3);
    return tx.query(
      `SELECT t.theme, count(*)::int AS sessions, to_char(max(s.held_on), 'YYYY-MM-DD') AS "lastHeldOn"
         FROM group_session s JOIN note n ON n.session_id = s.id CROSS JOIN LATERAL unnest(n.themes) AS t(theme)
        WHERE s.group_id = $1 AND ${visible.sql}
        GROUP BY t.theme
        ORDER BY count(*) DESC, max(s.held_on) DESC, t.theme
        LIMIT $2`,
      [groupId, limit, ...visible.params],
    );
  }

  async markSigned(tx: EntityManager, sessionId: string, userId: string, contentHash: string): Promise<{ signedAt: Date; version: number }> {
    const [row] = await updateReturning<{ signedAt: Date; version: number }>(
      tx,
      `UPDATE group_session SET status = 'signed', signed_by = $2, signed_at = now(), content_hash = $3, version = version + 1, updated_at = now()
        WHERE id = $1 AND status = 'draft' RETURNING signed_at AS "signedAt", version`,
      [sessionId, userId, contentHash],
    );
    return row;
  }

  /** Adds the one co-signature; null when there is one already. */
  async markCosigned(tx: EntityManager, sessionId: string, userId: string): Promise<Date | null> {
    const rows = await updateReturning<{ cosignedAt: Date }>(
      tx,
      `UPDATE group_session SET cosigned_by = $2, cosigned_at = now()
        WHERE id = $1 AND status = 'signed' AND cosigned_at IS NULL RETURNING cosigned_at AS "cosignedAt"`,
      [sessionId, userId],
    );
    return rows[0]?.cosignedAt ?? null;
  }

  async insertAddendum(tx: EntityManager, actor: Actor, sessionId: string, text: string): Promise<string> {
    const [row] = await tx.query(`INSERT INTO addendum (organization_id, session_id, author_id, text) VALUES ($1, $2, $3, $4) RETURNING id`, [
      actor.organizationId,
      sessionId,
      actor.userId,
      text,
    ]);
    return row.id;
  }

  async staffName(tx: EntityManager, userId: string): Promise<string> {
    const [row] = await tx.query(`SELECT display_name AS "displayName" FROM staff_user WHERE id = $1`, [userId]);
    return row.displayName;
  }
}
