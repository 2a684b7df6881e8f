import { Injectable } from '@nestjs/common';
import type { SqlRunner } from '../audit/audit.repository';
import { updateReturning } from '../../database/update-returning';

export type LinkPurpose = 'invitation' | 'password_reset';

/** The account a link is for. */
export interface LinkedAccount {
  userId: string;
  organizationId: string;
  expiresAt: Date;
}

const LIVE = `used_at IS NULL AND revoked_at IS NULL AND expires_at > now()`;

@Injectable()
export class AccountLinksRepository {
  async insert(
    tx: SqlRunner,
    link: { organizationId: string; userId: string; purpose: LinkPurpose; tokenHash: Buffer; createdBy: string | null; lifetimeMinutes: number },
  ): Promise<Date> {
    const [row] = await tx.query(
      `INSERT INTO account_link (organization_id, user_id, purpose, token_hash, created_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(mins => $6)) RETURNING expires_at AS "expiresAt"`,
      [link.organizationId, link.userId, link.purpose, link.tokenHash, link.createdBy, link.lifetimeMinutes],
    );
    return row.expiresAt;
  }

  async findLive(tx: SqlRunner, tokenHash: Buffer, purpose: LinkPurpose): Promise<LinkedAccount | null> {
    const rows: LinkedAccount[] = await tx.query(
      `SELECT user_id AS "userId", organization_id AS "organizationId", expires_at AS "expiresAt" FROM account_link
        WHERE token_hash = $1 AND purpose = $2 AND ${LIVE}`,
      [tokenHash, purpose],
    );
    return rows[0] ?? null;
  }

  async markUsed(tx: SqlRunner, tokenHash: Buffer, purpose: LinkPurpose): Promise<LinkedAccount | null> {
    const rows = await updateReturning<LinkedAccount>(
      tx,
      `UPDATE account_link SET used_at = now() WHERE token_hash = $1 AND purpose = $2 AND ${LIVE}
       RETURNING user_id AS "userId", organization_id AS "organizationId", expires_at AS "expiresAt"`,
      [tokenHash, purpose],
    );
    return rows[0] ?? null;
  }

  async revokeUnused(tx: SqlRunner, userId: string, purpose: LinkPurpose): Promise<number> {
    const rows = await updateReturning<{ id: string }>(
      tx,
      `UPDATE account_link SET revoked_at = now() WHERE user_id = $1 AND purpose = $2 AND ${LIVE} RETURNING id`,
      [userId, purpose],
    );
    return rows.length;
  }

  /** How many links of this purpose the account was given in the last `minutes`. */
  async countRecent(tx: SqlRunner, userId: string, purpose: LinkPurpose, minutes: number): Promise<number> {
    const [row] = await tx.query(
      `SELECT count(*)::int AS count FROM account_link WHERE user_id = $1 AND purpose = $2 AND created_at > now() - make_interval(mins => $3)`,
      [userId, purpose, minutes],
    );
    return row.count;
  }

  /** When the person's unused invitation stops working, for the accounts given; accounts without one are absent. */
  async liveInvitationExpiries(tx: SqlRunner, userIds: string[]): Promise<Map<string, Date>> {
    const rows: { userId: string; expiresAt: Date }[] = await tx.query(
      `SELECT user_id AS "userId", max(expires_at) AS "expiresAt" FROM account_link
        WHERE user_id = ANY ($1) AND purpose = 'invitation' AND ${LIVE} GROUP BY user_id`,
      [userIds],
    );
    return new Map(rows.map((row) => [row.userId, row.expiresAt]));
  }
}
