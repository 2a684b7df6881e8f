import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Role } from '@cohesion/domain';
import { updateReturning } from '../../database/update-returning';

/** A staff account as admins manage it, and directors approve it. */
export interface StaffAccountRow {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  secondFactorEnrolled: boolean;
  createdAt: Date;
  passwordSet: boolean;
  invitationExpiresAt: Date | null;
  pendingSince: Date | null;
  pendingFromRole: Role | null;
  requestedById: string | null;
  requestedByName: string | null;
}

const ACCOUNT_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.role, u.disabled_at IS NOT NULL AS disabled,
  u.totp_enrolled_at IS NOT NULL AS "secondFactorEnrolled", u.created_at AS "createdAt", u.password_hash IS NOT NULL AS "passwordSet",
  (SELECT max(l.expires_at) FROM account_link l
    WHERE l.user_id = u.id AND l.purpose = 'invitation' AND l.used_at IS NULL AND l.revoked_at IS NULL AND l.expires_at > now()) AS "invitationExpiresAt",
  u.pending_since AS "pendingSince", u.pending_from_role AS "pendingFromRole", r.id AS "requestedById", r.display_name AS "requestedByName"`;
const ACCOUNTS = `staff_user u LEFT JOIN staff_user r ON r.id = u.pending_requested_by`;

/** Who asks for a clinical role to be approved, and what the account was before (null for a new account). */
export interface ApprovalAsk {
  requestedBy: string;
  fromRole: Role | null;
}

@Injectable()
export class StaffAccountsRepository {
  list(tx: EntityManager, organizationId: string): Promise<StaffAccountRow[]> {
    return tx.query(`SELECT ${ACCOUNT_COLUMNS} FROM ${ACCOUNTS} WHERE u.organization_id = $1 ORDER BY u.disabled_at IS NOT NULL, u.display_name, u.id`, [
      organizationId,
    ]);
  }

  /** Accounts that wait for a director's approval, the longest waiting first. */
  listPending(tx: EntityManager, organizationId: string): Promise<StaffAccountRow[]> {
    return tx.query(
      `SELECT ${ACCOUNT_COLUMNS} FROM ${ACCOUNTS} WHERE u.organization_id = $1 AND u.pending_since IS NOT NULL AND u.disabled_at IS NULL
        ORDER BY u.pending_since, u.id`,
      [organizationId],
    );
  }

  async find(tx: EntityManager, organizationId: string, userId: string): Promise<StaffAccountRow> {
    const [row] = await tx.query(`SELECT ${ACCOUNT_COLUMNS} FROM ${ACCOUNTS} WHERE u.organization_id = $1 AND u.id = $2`, [organizationId, userId]);
    return row;
  }

  /** The account, locked for the change about to be made; null when the organization has none with this id. */
  async lock(tx: EntityManager, organizationId: string, userId: string): Promise<StaffAccountRow | null> {
    const rows: StaffAccountRow[] = await tx.query(
      `SELECT ${ACCOUNT_COLUMNS} FROM ${ACCOUNTS} WHERE u.organization_id = $1 AND u.id = $2 FOR NO KEY UPDATE OF u`,
      [organizationId, userId],
    );
    return rows[0] ?? null;
  }

  async emailTaken(tx: EntityManager, email: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(`SELECT 1 FROM staff_user WHERE email = $1`, [email]);
    return rows.length > 0;
  }

  /** A new account without a password; `approval` set when its role waits for a director. */
  async create(
    tx: EntityManager,
    organizationId: string,
    account: { email: string; displayName: string; role: Role },
    approval: ApprovalAsk | null,
  ): Promise<string> {
    const [row] = await tx.query(
      `INSERT INTO staff_user (organization_id, email, display_name, role, pending_since, pending_requested_by)
       VALUES ($1, $2, $3, $4, CASE WHEN $5::uuid IS NULL THEN NULL ELSE now() END, $5) RETURNING id`,
      [organizationId, account.email, account.displayName, account.role, approval?.requestedBy ?? null],
    );
    return row.id;
  }

  async update(tx: EntityManager, organizationId: string, userId: string, change: { displayName: string; role: Role; disabled: boolean }): Promise<void> {
    await tx.query(
      `UPDATE staff_user
          SET display_name = $3, role = $4, disabled_at = CASE WHEN $5 THEN coalesce(disabled_at, now()) ELSE NULL END
        WHERE organization_id = $1 AND id = $2`,
      [organizationId, userId, change.displayName, change.role, change.disabled],
    );
  }

  /**
   * A new clinical role waits for a director. An account already waiting keeps the role it had before its first
   * unapproved change, so that declining returns it to a role a director did approve.
   */
  async requestApproval(tx: EntityManager, organizationId: string, userId: string, ask: ApprovalAsk): Promise<void> {
    await tx.query(
      `UPDATE staff_user
          SET pending_from_role = CASE WHEN pending_since IS NULL THEN $4 ELSE pending_from_role END,
              pending_since = now(), pending_requested_by = $3
        WHERE organization_id = $1 AND id = $2`,
      [organizationId, userId, ask.requestedBy, ask.fromRole],
    );
  }

  /** The account waits for nothing any more: approved by `approvedBy`, or (null) given a role that needs no approval. */
  async settleApproval(tx: EntityManager, organizationId: string, userId: string, approvedBy: string | null): Promise<void> {
    await tx.query(
      `UPDATE staff_user
          SET pending_since = NULL, pending_requested_by = NULL, pending_from_role = NULL,
              approved_by = coalesce($3, approved_by), approved_at = CASE WHEN $3::uuid IS NULL THEN approved_at ELSE now() END
        WHERE organization_id = $1 AND id = $2`,
      [organizationId, userId, approvedBy],
    );
  }

  /** Declined: back to the approved role it had, or, for a new account, disabled (and still waiting, should it come back). */
  async decline(tx: EntityManager, organizationId: string, userId: string): Promise<Role | null> {
    const [row] = await updateReturning<{ role: Role | null }>(
      tx,
      `UPDATE staff_user
          SET role = coalesce(pending_from_role, role),
              disabled_at = CASE WHEN pending_from_role IS NULL THEN coalesce(disabled_at, now()) ELSE disabled_at END,
              pending_since = CASE WHEN pending_from_role IS NULL THEN pending_since END,
              pending_requested_by = CASE WHEN pending_from_role IS NULL THEN pending_requested_by END,
              pending_from_role = NULL
        WHERE organization_id = $1 AND id = $2
        RETURNING CASE WHEN pending_since IS NULL THEN role END AS role`,
      [organizationId, userId],
    );
    return row.role;
  }

  /** What ties the person to their current role: groups they facilitate, facilitators they supervise or are supervised by. */
  async assignments(tx: EntityManager, organizationId: string, userId: string): Promise<{ groups: number; supervising: number; supervised: number }> {
    const [row] = await tx.query(
      `SELECT (SELECT count(*) FROM group_facilitator WHERE organization_id = $1 AND user_id = $2)::int AS groups,
              (SELECT count(*) FROM supervision WHERE organization_id = $1 AND supervisor_id = $2)::int AS supervising,
              (SELECT count(*) FROM supervision WHERE organization_id = $1 AND facilitator_id = $2)::int AS supervised`,
      [organizationId, userId],
    );
    return row;
  }
}
