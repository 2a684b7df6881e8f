import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SqlRunner } from '../audit/audit.repository';
import { DataSource } from 'typeorm';
import { updateReturning } from '../../database/update-returning';
import type { Role, SecondFactorPolicy } from '@cohesion/domain';
import type { SecondFactorState } from '@cohesion/contracts';

export interface StaffAccount {
  id: string;
  organizationId: string;
  organizationName: string;
  organizationTimeZone: string;
  email: string;
  displayName: string;
  role: Role;
  /** Null until the person has chosen a password through their invitation. */
  passwordHash: string | null;
  disabled: boolean;
  /** A clinical role given by an admin that no director has approved yet. */
  pending: boolean;
  /** When someone last used up the hour's budget of second-factor codes, until the owner dismissed it. */
  secondFactorGuessedAt: Date | null;
  secondFactorEnrolled: boolean;
  secondFactorPolicy: SecondFactorPolicy;
  weeklyDigest: boolean;
  /**
   * False when the organization's approved provider signs in this person's email domain and password sign-in is off
   * (admins keep their password, to mend a provider that stopped working).
   */
  passwordSignIn: boolean;
}

export interface ActiveSession {
  sessionId: string;
  /** Last seen long enough ago that it is worth recording this request. */
  touchDue: boolean;
  secondFactor: SecondFactorState;
  account: StaffAccount;
}

const ACCOUNT_COLUMNS = `
  u.id, u.organization_id AS "organizationId", o.name AS "organizationName", o.time_zone AS "organizationTimeZone", u.email,
  u.display_name AS "displayName", u.role, u.password_hash AS "passwordHash", u.disabled_at IS NOT NULL AS disabled,
  u.pending_since IS NOT NULL AS pending, u.second_factor_guessed_at AS "secondFactorGuessedAt",
  u.totp_enrolled_at IS NOT NULL AS "secondFactorEnrolled", o.second_factor_policy AS "secondFactorPolicy", u.weekly_digest AS "weeklyDigest",
  (u.role = 'admin' OR NOT EXISTS (
    SELECT 1 FROM organization_sso sso JOIN sso_domain d ON d.organization_id = sso.organization_id
     WHERE sso.organization_id = u.organization_id AND sso.approved_at IS NOT NULL AND NOT sso.password_sign_in
       AND d.domain = lower(substring(u.email from '@([^@]*)$')))) AS "passwordSignIn"`;

@Injectable()
export class AuthRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findAccountByEmail(email: string): Promise<StaffAccount | null> {
    const rows: StaffAccount[] = await this.db.query(
      `SELECT ${ACCOUNT_COLUMNS} FROM staff_user u JOIN organization o ON o.id = u.organization_id WHERE u.email = $1`,
      [email.trim().toLowerCase()],
    );
    return rows[0] ?? null;
  }

  async createSession(
    tx: SqlRunner,
    account: Pick<StaffAccount, 'id' | 'organizationId'>,
    tokenHash: Buffer,
    maxAgeSeconds: number,
    secondFactor: SecondFactorState,
  ): Promise<string> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO staff_session (organization_id, user_id, token_hash, last_seen_at, expires_at, second_factor)
       VALUES ($1, $2, $3, now(), now() + make_interval(secs => $4), $5) RETURNING id`,
      [account.organizationId, account.id, tokenHash, maxAgeSeconds, secondFactor],
    );
    return rows[0].id;
  }

  /** The session of this token if it is neither revoked, expired nor idle too long, and its user is enabled. */
  async findActiveSession(tokenHash: Buffer, idleMinutes: number, touchAfterSeconds: number): Promise<ActiveSession | null> {
    const rows: (StaffAccount & { sessionId: string; touchDue: boolean; secondFactor: SecondFactorState })[] = await this.db.query(
      `SELECT s.id AS "sessionId", s.last_seen_at < now() - make_interval(secs => $3) AS "touchDue", s.second_factor AS "secondFactor", ${ACCOUNT_COLUMNS}
         FROM staff_session s
         JOIN staff_user u ON u.id = s.user_id
         JOIN organization o ON o.id = u.organization_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2) AND u.disabled_at IS NULL`,
      [tokenHash, idleMinutes, touchAfterSeconds],
    );
    const row = rows[0];
    if (!row) return null;
    const { sessionId, touchDue, secondFactor, ...account } = row;
    return { sessionId, touchDue, secondFactor, account };
  }

  async touchSession(sessionId: string): Promise<void> {
    await this.db.query(`UPDATE staff_session SET last_seen_at = now() WHERE id = $1`, [sessionId]);
  }

  async revokeSessionOfToken(tx: SqlRunner, tokenHash: Buffer): Promise<void> {
    await tx.query(`UPDATE staff_session SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`, [tokenHash]);
  }

  async revokeSession(tx: SqlRunner, sessionId: string): Promise<void> {
    await tx.query(`UPDATE staff_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  /** Ends every live session of a user at once (disabled, role changed, second factor reset), but `keep`. */
  async revokeSessionsOfUser(tx: SqlRunner, organizationId: string, userId: string, keep: string | null = null): Promise<number> {
    const revoked = await updateReturning(
      tx,
      `UPDATE staff_session SET revoked_at = now()
        WHERE organization_id = $1 AND user_id = $2 AND revoked_at IS NULL AND id IS DISTINCT FROM $3::uuid RETURNING id`,
      [organizationId, userId, keep],
    );
    return revoked.length;
  }

  async updatePasswordHash(tx: SqlRunner, userId: string, passwordHash: string): Promise<void> {
    await tx.query(`UPDATE staff_user SET password_hash = $2 WHERE id = $1`, [userId, passwordHash]);
  }

  async noteSecondFactorGuessing(tx: SqlRunner, userId: string): Promise<void> {
    await tx.query(`UPDATE staff_user SET second_factor_guessed_at = now() WHERE id = $1`, [userId]);
  }

  /** Holds the account's row until the transaction ends, so that requests about one account run one at a time. */
  async lockAccount(tx: SqlRunner, userId: string): Promise<void> {
    await tx.query(`SELECT 1 FROM staff_user WHERE id = $1 FOR UPDATE`, [userId]);
  }

  async setWeeklyDigest(tx: SqlRunner, userId: string, enabled: boolean): Promise<void> {
    await tx.query(`UPDATE staff_user SET weekly_digest = $2 WHERE id = $1`, [userId, enabled]);
  }

  async dismissSecurityNotice(tx: SqlRunner, userId: string): Promise<void> {
    await tx.query(`UPDATE staff_user SET second_factor_guessed_at = NULL WHERE id = $1`, [userId]);
  }

  /** Sets the first password of an enabled account that has none; false when it has one already or is disabled. */
  async setFirstPassword(tx: SqlRunner, userId: string, passwordHash: string): Promise<boolean> {
    const rows = await updateReturning(
      tx,
      `UPDATE staff_user SET password_hash = $2 WHERE id = $1 AND password_hash IS NULL AND disabled_at IS NULL RETURNING id`,
      [userId, passwordHash],
    );
    return rows.length === 1;
  }

  async findAccountById(tx: SqlRunner, userId: string): Promise<StaffAccount | null> {
    const rows: StaffAccount[] = await tx.query(`SELECT ${ACCOUNT_COLUMNS} FROM staff_user u JOIN organization o ON o.id = u.organization_id WHERE u.id = $1`, [
      userId,
    ]);
    return rows[0] ?? null;
  }
}
