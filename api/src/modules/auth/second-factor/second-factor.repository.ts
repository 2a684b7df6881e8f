import { Injectable } from '@nestjs/common';
import type { SqlRunner } from '../../audit/audit.repository';
import { updateReturning } from '../../../database/update-returning';

/** A user's authenticator as stored: secrets sealed by SecretBox. */
export interface StoredSecondFactor {
  secret: Buffer | null;
  pendingSecret: Buffer | null;
  lastStep: number | null;
}

@Injectable()
export class SecondFactorRepository {
  /** Locks the user's row: two codes checked at once must not both pass the replay check. */
  async lockFactor(tx: SqlRunner, userId: string): Promise<StoredSecondFactor> {
    const [row] = await tx.query(
      `SELECT totp_secret AS secret, totp_pending_secret AS "pendingSecret", totp_last_step::float8 AS "lastStep"
         FROM staff_user WHERE id = $1 FOR UPDATE`,
      [userId],
    );
    return row;
  }

  async savePendingSecret(tx: SqlRunner, userId: string, sealed: Buffer): Promise<void> {
    await tx.query(`UPDATE staff_user SET totp_pending_secret = $2 WHERE id = $1`, [userId, sealed]);
  }

  async enroll(tx: SqlRunner, userId: string, sealed: Buffer, step: number, recoveryCodeDigests: Buffer[]): Promise<void> {
    await tx.query(
      `UPDATE staff_user SET totp_secret = $2, totp_pending_secret = NULL, totp_enrolled_at = now(), totp_last_step = $3, recovery_code_hashes = $4
        WHERE id = $1`,
      [userId, sealed, step, recoveryCodeDigests],
    );
  }

  async acceptStep(tx: SqlRunner, userId: string, step: number): Promise<void> {
    await tx.query(`UPDATE staff_user SET totp_last_step = $2 WHERE id = $1`, [userId, step]);
  }

  /** Uses up a recovery code; answers how many are left, or null when the code is not one of the user's. */
  async useRecoveryCode(tx: SqlRunner, userId: string, digest: Buffer): Promise<number | null> {
    const [row] = await updateReturning<{ left: number }>(
      tx,
      `UPDATE staff_user SET recovery_code_hashes = array_remove(recovery_code_hashes, $2)
        WHERE id = $1 AND $2 = ANY (recovery_code_hashes) RETURNING cardinality(recovery_code_hashes) AS left`,
      [userId, digest],
    );
    return row ? row.left : null;
  }

  /** Removes the authenticator and its recovery codes (an admin's reset); answers whether one was enrolled. */
  async reset(tx: SqlRunner, organizationId: string, userId: string): Promise<boolean> {
    const [row] = await updateReturning<{ enrolled: boolean }>(
      tx,
      `UPDATE staff_user u SET totp_secret = NULL, totp_pending_secret = NULL, totp_enrolled_at = NULL, totp_last_step = NULL,
              recovery_code_hashes = '{}'
         FROM staff_user previous WHERE previous.id = u.id AND u.organization_id = $1 AND u.id = $2
       RETURNING previous.totp_enrolled_at IS NOT NULL AS enrolled`,
      [organizationId, userId],
    );
    return row?.enrolled ?? false;
  }
}
