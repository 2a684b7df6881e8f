import type { DataSource } from 'typeorm';
import type { Role } from '@cohesion/domain';
import type { AuditRepository } from '../audit/audit.repository';
import { AuthRepository } from '../auth/auth.repository';
import { SecondFactorRepository } from '../auth/second-factor/second-factor.repository';
import { AccountError } from './create-first-admin';

/** A staff account as an operator lists it: no secret, no clinical content. */
export interface StaffListing {
  email: string;
  displayName: string;
  role: Role;
  /** What the person can do now. */
  state: 'active' | 'invited' | 'awaiting approval' | 'disabled';
  secondFactor: boolean;
}

/** The staff of one real organization, for operators at the command line (`list-staff`). */
export async function listStaff(db: DataSource, organizationName: string): Promise<StaffListing[]> {
  const organization = await findRealOrganization(db, organizationName);
  return db.query(
    `SELECT email, display_name AS "displayName", role,
            CASE WHEN disabled_at IS NOT NULL THEN 'disabled' WHEN password_hash IS NULL THEN 'invited'
                 WHEN pending_since IS NOT NULL THEN 'awaiting approval' ELSE 'active' END AS state,
            totp_enrolled_at IS NOT NULL AS "secondFactor"
       FROM staff_user WHERE organization_id = $1 ORDER BY disabled_at IS NOT NULL, display_name, email`,
    [organization.id],
  );
}

/**
 * For someone who lost their authenticator and recovery codes when no admin can sign in to do it: clears the second
 * factor and ends the person's sessions; they enroll again at their next sign-in. Audited like an admin's reset.
 */
export async function resetSecondFactor(
  db: DataSource,
  email: string,
  audit: AuditRepository,
): Promise<{ email: string; wasEnrolled: boolean; sessionsEnded: number }> {
  const address = email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    const [account] = await tx.query(
      `SELECT u.id, u.organization_id AS "organizationId"
         FROM staff_user u JOIN organization o ON o.id = u.organization_id WHERE u.email = $1 AND o.origin = 'real' FOR UPDATE OF u`,
      [address],
    );
    if (!account) throw new AccountError(`There is no account with email ${address} in a real organization.`);
    const wasEnrolled = await new SecondFactorRepository().reset(tx, account.organizationId, account.id);
    const sessionsEnded = await new AuthRepository(db).revokeSessionsOfUser(tx, account.organizationId, account.id);
    await audit.append(tx, {
      organizationId: account.organizationId,
      actorId: null,
      actorRole: null,
      ip: null,
      requestId: null,
      action: 'staff.second_factor_reset',
      outcome: 'success',
      entityType: 'staff_user',
      entityId: account.id,
      memberCode: null,
      detail: { wasEnrolled, sessionsEnded, via: 'cli' },
    });
    return { email: address, wasEnrolled, sessionsEnded };
  });
}

async function findRealOrganization(db: DataSource, name: string): Promise<{ id: string }> {
  const [organization] = await db.query(`SELECT id FROM organization WHERE name = $1 AND origin = 'real'`, [name.trim()]);
  if (!organization) throw new AccountError(`There is no organization named "${name.trim()}".`);
  return organization;
}
