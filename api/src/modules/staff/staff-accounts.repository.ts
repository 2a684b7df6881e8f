import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StaffAccountDetails } from '@cohesion/contracts';
import type { Role } from '@cohesion/domain';

const ACCOUNT_COLUMNS = `id, email, display_name AS "displayName", role, disabled_at IS NOT NULL AS disabled,
  totp_enrolled_at IS NOT NULL AS "secondFactorEnrolled", to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt"`;

/** Staff accounts as admins manage them. */
@Injectable()
export class StaffAccountsRepository {
  list(tx: EntityManager, organizationId: string): Promise<StaffAccountDetails[]> {
    return tx.query(`SELECT ${ACCOUNT_COLUMNS} FROM staff_user WHERE organization_id = $1 ORDER BY disabled_at IS NOT NULL, display_name, id`, [organizationId]);
  }

  /** The account, locked for the change about to be made; null when the organization has none with this id. */
  async lock(tx: EntityManager, organizationId: string, userId: string): Promise<StaffAccountDetails | null> {
    const rows: StaffAccountDetails[] = await tx.query(
      `SELECT ${ACCOUNT_COLUMNS} FROM staff_user WHERE organization_id = $1 AND id = $2 FOR NO KEY UPDATE`,
      [organizationId, userId],
    );
    return rows[0] ?? null;
  }

  async emailTaken(tx: EntityManager, email: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(`SELECT 1 FROM staff_user WHERE email = $1`, [email]);
    return rows.length > 0;
  }

  async create(tx: EntityManager, organizationId: string, account: { email: string; displayName: string; role: Role; passwordHash: string }): Promise<StaffAccountDetails> {
    const [row] = await tx.query(
      `INSERT INTO staff_user (organization_id, email, display_name, role, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING ${ACCOUNT_COLUMNS}`,
      [organizationId, account.email, account.displayName, account.role, account.passwordHash],
    );
    return row;
  }

  async update(tx: EntityManager, organizationId: string, userId: string, change: { displayName: string; role: Role; disabled: boolean }): Promise<StaffAccountDetails> {
    const [[row]] = await tx.query(
      `UPDATE staff_user
          SET display_name = $3, role = $4,
              disabled_at = CASE WHEN $5 THEN coalesce(disabled_at, now()) ELSE NULL END
        WHERE organization_id = $1 AND id = $2
       RETURNING ${ACCOUNT_COLUMNS}`,
      [organizationId, userId, change.displayName, change.role, change.disabled],
    );
    return row;
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
