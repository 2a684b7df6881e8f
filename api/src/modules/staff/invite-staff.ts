import type { DataSource } from 'typeorm';
import type { InvitationSent } from '@cohesion/contracts';
import { ROLES, type Role } from '@cohesion/domain';
import type { AuditRepository } from '../audit/audit.repository';
import { AccountLinks } from '../auth/account-links';
import type { AccountMail } from '../auth/account-mail';
import { AccountLinksRepository } from '../auth/account-links.repository';
import { AccountError } from './create-first-admin';

export interface StaffInvitation {
  email: string;
  displayName: string;
  role: Role;
  organizationName: string;
}

/**
 * The roles an operator invites: the ones a clinic needs before anyone can invite through the dashboard. Facilitators
 * and supervisors are invited by an admin there, and a director approves their clinical role: an operator with the
 * database at hand must not be a way around that.
 */
const INVITED_BY_OPERATORS: readonly Role[] = ['admin', 'director'];

/**
 * Operators' invitation of an admin or a director from the command line (`invite`; `create-director` for a clinic's
 * first director, whom no other director could approve): an approved account without a password, and the invitation
 * emailed to its person, who chooses one through it (the operator never sees the link or a password). Audited.
 */
export async function inviteStaff(
  db: DataSource,
  input: StaffInvitation,
  audit: AuditRepository,
  mail: AccountMail,
): Promise<{ email: string; invitation: InvitationSent }> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new AccountError(`"${input.email}" is not an email address.`);
  if (!ROLES.includes(input.role)) throw new AccountError(`"${input.role}" is not a role: one of ${ROLES.join(', ')}.`);
  if (!INVITED_BY_OPERATORS.includes(input.role))
    throw new AccountError(`A ${input.role} is invited by an admin on the Staff page, and a director approves the role there.`);
  const displayName = input.displayName.trim();
  if (!displayName || /[\p{Cc}\p{Cf}]/u.test(displayName)) throw new AccountError('The name must be one line of visible characters.');
  return db.transaction(async (tx) => {
    const [organization] = await tx.query(`SELECT id FROM organization WHERE name = $1 AND origin = 'real'`, [input.organizationName.trim()]);
    if (!organization) throw new AccountError(`There is no organization named "${input.organizationName.trim()}" (create-organization creates one).`);
    if ((await tx.query(`SELECT 1 FROM staff_user WHERE email = $1`, [email])).length) throw new AccountError(`An account with email ${email} exists already.`);
    const [account] = await tx.query(
      `INSERT INTO staff_user (organization_id, email, display_name, role, approved_at) VALUES ($1, $2, $3, $4, now()) RETURNING id`,
      [organization.id, email, displayName, input.role],
    );
    const invitation = await new AccountLinks(new AccountLinksRepository()).issue(
      tx,
      { organizationId: organization.id, userId: account.id },
      'invitation',
      null,
    );
    const origin = {
      organizationId: organization.id,
      actorId: null,
      actorRole: null,
      ip: null,
      requestId: null,
      outcome: 'success' as const,
      memberCode: null,
    };
    await audit.append(tx, { ...origin, action: 'staff.create', entityType: 'staff_user', entityId: account.id, detail: { role: input.role, via: 'cli' } });
    await audit.append(tx, { ...origin, action: 'staff.invitation_issue', entityType: 'staff_user', entityId: account.id, detail: { via: 'cli' } });
    const emailedTo = await mail.invitation(tx, account.id, invitation);
    return { email, invitation: { emailedTo, expiresAt: invitation.expiresAt } };
  });
}
