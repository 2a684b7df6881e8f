import type { DataSource } from 'typeorm';
import type { InvitationSent } from '@cohesion/contracts';
import type { AuditRepository } from '../audit/audit.repository';
import { AccountLinks } from '../auth/account-links';
import type { AccountMail } from '../auth/account-mail';
import { AccountLinksRepository } from '../auth/account-links.repository';
import { AccountError } from './create-first-admin';

export interface FirstDirector {
  email: string;
  displayName: string;
  organizationName: string;
}

/**
 * Operators' bootstrap of a clinic's first clinical director (whom no other director can approve): an approved
 * director account without a password, and the invitation emailed to its person, who chooses one through it (the
 * operator never sees the link). Audited.
 */
export async function createDirector(
  db: DataSource,
  input: FirstDirector,
  audit: AuditRepository,
  mail: AccountMail,
): Promise<{ email: string; invitation: InvitationSent }> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new AccountError(`"${input.email}" is not an email address.`);
  return db.transaction(async (tx) => {
    const [organization] = await tx.query(`SELECT id FROM organization WHERE name = $1 AND origin = 'real'`, [input.organizationName.trim()]);
    if (!organization) throw new AccountError(`There is no organization named "${input.organizationName.trim()}" (create-admin creates one).`);
    if ((await tx.query(`SELECT 1 FROM staff_user WHERE email = $1`, [email])).length) throw new AccountError(`An account with email ${email} exists already.`);
    const [director] = await tx.query(
      `INSERT INTO staff_user (organization_id, email, display_name, role, approved_at) VALUES ($1, $2, $3, 'director', now()) RETURNING id`,
      [organization.id, email, input.displayName.trim()],
    );
    const invitation = await new AccountLinks(new AccountLinksRepository()).issue(
      tx,
      { organizationId: organization.id, userId: director.id },
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
    await audit.append(tx, { ...origin, action: 'staff.create', entityType: 'staff_user', entityId: director.id, detail: { role: 'director', via: 'cli' } });
    await audit.append(tx, { ...origin, action: 'staff.invitation_issue', entityType: 'staff_user', entityId: director.id, detail: { via: 'cli' } });
    const emailedTo = await mail.invitation(tx, director.id, invitation);
    return { email, invitation: { emailedTo, expiresAt: invitation.expiresAt } };
  });
}
