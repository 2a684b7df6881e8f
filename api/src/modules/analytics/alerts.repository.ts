import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AlertKey } from './alert-identity';

export interface AlertToRecord extends AlertKey {
  id: string;
  detail: string;
}

export interface AcknowledgementRow {
  alertId: string;
  action: string;
  at: string;
  byId: string;
  byName: string;
}

export interface RecordedAlertRow extends AlertKey {
  id: string;
  groupName: string;
  memberCode: string | null;
  heldOn: string;
  detail: string;
}

/** Alerts as shown (append-only) and what was done about them. */
@Injectable()
export class AlertsRepository {
  /** Keeps every alert the first time it is shown, with who saw it; later showings change nothing. */
  async recordShown(tx: EntityManager, organizationId: string, seenBy: string, alerts: readonly AlertToRecord[]): Promise<void> {
    if (!alerts.length) return;
    await tx.query(
      `INSERT INTO alert (id, organization_id, group_id, member_id, kind, measure, session_id, detail, first_seen_by)
       SELECT a.id, $1, a.group_id, a.member_id, a.kind, a.measure, a.session_id, a.detail, $2
         FROM unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::uuid[], $9::text[])
              AS a (id, group_id, member_id, kind, measure, session_id, detail)
        ORDER BY a.id
       ON CONFLICT (id) DO NOTHING`,
      [
        organizationId,
        seenBy,
        alerts.map((a) => a.id),
        alerts.map((a) => a.groupId),
        alerts.map((a) => a.memberId),
        alerts.map((a) => a.kind),
        alerts.map((a) => a.measure),
        alerts.map((a) => a.sessionId),
        alerts.map((a) => a.detail),
      ],
    );
  }

  findAcknowledgements(tx: EntityManager, alertIds: string[]): Promise<AcknowledgementRow[]> {
    return tx.query(
      `SELECT k.alert_id AS "alertId", k.action, k.acknowledged_at AS at, u.id AS "byId", u.display_name AS "byName"
         FROM alert_acknowledgement k JOIN staff_user u ON u.id = k.acknowledged_by
        WHERE k.alert_id = ANY ($1)`,
      [alertIds],
    );
  }

  async findRecorded(tx: EntityManager, organizationId: string, alertId: string): Promise<RecordedAlertRow | null> {
    const [row] = await tx.query(
      `SELECT a.id, a.kind, a.group_id AS "groupId", g.name AS "groupName", a.member_id AS "memberId", m.code AS "memberCode",
              a.measure, a.session_id AS "sessionId", to_char(s.held_on, 'YYYY-MM-DD') AS "heldOn", a.detail
         FROM alert a
         JOIN therapy_group g ON g.id = a.group_id
         JOIN group_session s ON s.id = a.session_id
         LEFT JOIN member m ON m.id = a.member_id
        WHERE a.id = $1 AND a.organization_id = $2`,
      [alertId, organizationId],
    );
    return row ?? null;
  }

  /** False when the alert was acknowledged already (the first acknowledgement stands). */
  async acknowledge(tx: EntityManager, organizationId: string, alertId: string, userId: string, action: string): Promise<boolean> {
    const rows = await tx.query(
      `INSERT INTO alert_acknowledgement (alert_id, organization_id, action, acknowledged_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (alert_id) DO NOTHING RETURNING alert_id`,
      [alertId, organizationId, action, userId],
    );
    return rows.length > 0;
  }

  async findGroupNames(tx: EntityManager, groupIds: string[]): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await tx.query(`SELECT id, name FROM therapy_group WHERE id = ANY ($1)`, [groupIds]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
