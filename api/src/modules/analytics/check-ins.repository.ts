import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CheckInReason } from '@cohesion/analytics';
import type { CheckInKey } from './check-in-identity';

export interface CheckInToRecord extends CheckInKey {
  id: string;
  reasons: CheckInReason[];
}

export interface AcknowledgementRow {
  checkInId: string;
  action: string;
  at: string;
  byId: string;
  byName: string;
}

export interface RecordedCheckInRow extends CheckInToRecord {
  groupName: string;
  memberCode: string | null;
  heldOn: string;
}

const RECORDED_CHECK_INS = `
  SELECT c.id, c.group_id AS "groupId", g.name AS "groupName", c.member_id AS "memberId", m.code AS "memberCode",
         c.session_id AS "sessionId", to_char(s.held_on, 'YYYY-MM-DD') AS "heldOn",
         (SELECT coalesce(json_agg(json_build_object('kind', r.kind, 'measure', r.measure, 'detail', r.detail) ORDER BY r.first_seen_at, r.kind, r.measure), '[]')
            FROM check_in_reason r WHERE r.check_in_id = c.id) AS reasons
    FROM check_in c
    JOIN therapy_group g ON g.id = c.group_id
    JOIN group_session s ON s.id = c.session_id
    LEFT JOIN member m ON m.id = c.member_id`;

/** Check-ins as shown (append-only: each check-in and each of its reasons as first shown) and what was done about them. */
@Injectable()
export class CheckInsRepository {
  /** Keeps every check-in and reason the first time it is shown, with who saw it; later showings change nothing. */
  async recordShown(tx: EntityManager, organizationId: string, seenBy: string, checkIns: readonly CheckInToRecord[]): Promise<void> {
    if (!checkIns.length) return;
    await tx.query(
      `INSERT INTO check_in (id, organization_id, group_id, member_id, session_id, first_seen_by)
       SELECT c.id, $1, c.group_id, c.member_id, c.session_id, $2
         FROM unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[]) AS c (id, group_id, member_id, session_id)
        ORDER BY c.id
       ON CONFLICT DO NOTHING`,
      [organizationId, seenBy, checkIns.map((c) => c.id), checkIns.map((c) => c.groupId), checkIns.map((c) => c.memberId), checkIns.map((c) => c.sessionId)],
    );
    const reasons = checkIns.flatMap((c) => c.reasons.map((reason) => ({ checkInId: c.id, ...reason })));
    await tx.query(
      `INSERT INTO check_in_reason (check_in_id, organization_id, kind, measure, detail)
       SELECT r.check_in_id, $1, r.kind, r.measure, r.detail
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[]) AS r (check_in_id, kind, measure, detail)
        ORDER BY r.check_in_id, r.kind, r.measure
       ON CONFLICT DO NOTHING`,
      [organizationId, reasons.map((r) => r.checkInId), reasons.map((r) => r.kind), reasons.map((r) => r.measure), reasons.map((r) => r.detail)],
    );
  }

  findAcknowledgements(tx: EntityManager, checkInIds: string[]): Promise<AcknowledgementRow[]> {
    return tx.query(
      `SELECT k.check_in_id AS "checkInId", k.action, k.acknowledged_at AS at, u.id AS "byId", u.display_name AS "byName"
         FROM check_in_acknowledgement k JOIN staff_user u ON u.id = k.acknowledged_by
        WHERE k.check_in_id = ANY ($1)`,
      [checkInIds],
    );
  }

  /** A check-in as first shown, with every reason it has been shown with. */
  async findRecorded(tx: EntityManager, organizationId: string, checkInId: string): Promise<RecordedCheckInRow | null> {
    const [row] = await tx.query(`${RECORDED_CHECK_INS} WHERE c.id = $1 AND c.organization_id = $2`, [checkInId, organizationId]);
    return row ?? null;
  }

  /**
   * Every check-in ever shown for these groups, with every reason it has been shown with: a check-in stays listed
   * once its rules no longer hold (the member's next session went well), open until someone acts on it.
   */
  findRecordedOfGroups(tx: EntityManager, organizationId: string, groupIds: string[], heldIn?: { from: string; to: string }): Promise<RecordedCheckInRow[]> {
    return tx.query(`${RECORDED_CHECK_INS} WHERE c.group_id = ANY ($1) AND c.organization_id = $2 AND ($3::date IS NULL OR s.held_on BETWEEN $3 AND $4)`, [
      groupIds,
      organizationId,
      heldIn?.from ?? null,
      heldIn?.to ?? null,
    ]);
  }

  /** The groups' recorded check-ins by id, with their group, member (null: the group's own) and whether nobody has acknowledged them yet. */
  findRecordedStates(
    tx: EntityManager,
    organizationId: string,
    groupIds: string[],
  ): Promise<{ id: string; groupId: string; memberId: string | null; open: boolean }[]> {
    return tx.query(
      `SELECT c.id, c.group_id AS "groupId", c.member_id AS "memberId", NOT EXISTS (SELECT 1 FROM check_in_acknowledgement k WHERE k.check_in_id = c.id) AS open
         FROM check_in c
        WHERE c.group_id = ANY ($1) AND c.organization_id = $2`,
      [groupIds, organizationId],
    );
  }

  /** False when the check-in was acknowledged already (the first acknowledgement stands). */
  async acknowledge(tx: EntityManager, organizationId: string, checkInId: string, userId: string, action: string): Promise<boolean> {
    const rows = await tx.query(
      `INSERT INTO check_in_acknowledgement (check_in_id, organization_id, action, acknowledged_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (check_in_id) DO NOTHING RETURNING check_in_id`,
      [checkInId, organizationId, action, userId],
    );
    return rows.length > 0;
  }

  async findGroupNames(tx: EntityManager, groupIds: string[]): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await tx.query(`SELECT id, name FROM therapy_group WHERE id = ANY ($1)`, [groupIds]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
