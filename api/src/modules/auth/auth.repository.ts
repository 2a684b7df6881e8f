import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SqlRunner } from '../audit/audit.repository';
import { DataSource } from 'typeorm';
import type { Role } from '@cohesion/domain';

export interface StaffAccount {
  id: string;
  organizationId: string;
  organizationName: string;
  organizationTimeZone: string;
  email: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  disabled: boolean;
}

export interface ActiveSession {
  sessionId: string;
  lastSeenAt: Date;
  account: StaffAccount;
}

const ACCOUNT_COLUMNS = `
  u.id, u.organization_id AS "organizationId", o.name AS "organizationName", o.time_zone AS "organizationTimeZone", u.email,
  u.display_name AS "displayName", u.role, u.password_hash AS "passwordHash", u.disabled_at IS NOT NULL AS disabled`;

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

  async createSession(tx: SqlRunner, account: StaffAccount, tokenHash: Buffer, expiresAt: Date): Promise<string> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO staff_session (organization_id, user_id, token_hash, last_seen_at, expires_at)
       VALUES ($1, $2, $3, now(), $4) RETURNING id`,
      [account.organizationId, account.id, tokenHash, expiresAt],
    );
    return rows[0].id;
  }

  /** The session of this token if it is neither revoked, expired nor idle too long, and its user is enabled. */
  async findActiveSession(tokenHash: Buffer, idleMinutes: number): Promise<ActiveSession | null> {
    const rows: (StaffAccount & { sessionId: string; lastSeenAt: Date })[] = await this.db.query(
      `SELECT s.id AS "sessionId", s.last_seen_at AS "lastSeenAt", ${ACCOUNT_COLUMNS}
         FROM staff_session s
         JOIN staff_user u ON u.id = s.user_id
         JOIN organization o ON o.id = u.organization_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2) AND u.disabled_at IS NULL`,
      [tokenHash, idleMinutes],
    );
    const row = rows[0];
    if (!row) return null;
    const { sessionId, lastSeenAt, ...account } = row;
    return { sessionId, lastSeenAt, account };
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
}
