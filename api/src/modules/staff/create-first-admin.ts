import type { DataSource } from 'typeorm';
import type { AuditRepository } from '../audit/audit.repository';
import { hashPassword } from '../auth/password-hasher';
import { passwordProblem } from '../auth/password-policy';
import { insertOrganization, requireTimeZone } from '../organizations/create-organization';

export class AccountError extends Error {
  override name = 'AccountError';
}

export interface FirstAdmin {
  email: string;
  displayName: string;
  organizationName: string;
  password: string;
  /** The clinic's IANA time zone: required when the organization is new; an existing one keeps its own. */
  timeZone?: string;
}

/**
 * Production bootstrap: creates the organization (if new, with its time zone) and its first admin account, and audits
 * both. An existing organization keeps its time zone (its admins change it under Settings).
 */
export async function createFirstAdmin(db: DataSource, input: FirstAdmin, audit: AuditRepository): Promise<{ email: string; organizationName: string }> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new AccountError(`"${input.email}" is not an email address.`);
  const problem = passwordProblem(input.password);
  if (problem) throw new AccountError(problem);
  if (input.timeZone !== undefined) requireTimeZone(input.timeZone);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const existing = await tx.query(`SELECT 1 FROM staff_user WHERE email = $1`, [email]);
    if (existing.length) throw new AccountError(`An account with email ${email} exists already.`);
    const organizationName = input.organizationName.trim();
    const [found] = await tx.query(`SELECT id FROM organization WHERE name = $1 AND origin = 'real'`, [organizationName]);
    if (!found && input.timeZone === undefined) {
      throw new AccountError(`"${organizationName}" is a new organization: give its time zone (--time-zone, such as America/Chicago).`);
    }
    const organization = found ?? { id: await insertOrganization(tx, { name: organizationName, timeZone: input.timeZone as string }, audit) };
    const [admin] = await tx.query(
      `INSERT INTO staff_user (organization_id, email, display_name, role, password_hash) VALUES ($1, $2, $3, 'admin', $4) RETURNING id`,
      [organization.id, email, input.displayName.trim(), passwordHash],
    );
    await audit.append(tx, {
      organizationId: organization.id,
      actorId: null,
      actorRole: null,
      ip: null,
      requestId: null,
      action: 'staff.create',
      outcome: 'success',
      entityType: 'staff_user',
      entityId: admin.id,
      memberCode: null,
      detail: { role: 'admin', via: 'cli' },
    });
    return { email, organizationName: input.organizationName.trim() };
  });
}
