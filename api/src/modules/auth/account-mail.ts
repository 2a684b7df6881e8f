import { Injectable } from '@nestjs/common';
import { formatClinicTime } from '../../common/clinic-time';
import type { SqlRunner } from '../audit/audit.repository';
import { MailOutbox } from '../mail/mail-outbox';
import type { AccountLink } from './account-links';
import { AuthRepository, type StaffAccount } from './auth.repository';

const IGNORE_IF_NOT_YOU = 'If you did not expect this email, you can ignore it: the link stops working on its own.';

/**
 * The emails about a person's own account: an invitation and a password reset (each with its single-use link) and the
 * notice that a password changed. Links and account facts only: never clinical content or member codes.
 */
@Injectable()
export class AccountMail {
  constructor(
    private readonly accounts: AuthRepository,
    private readonly mail: MailOutbox,
  ) {}

  /** Queues the invitation email and answers the address it goes to. */
  async invitation(tx: SqlRunner, userId: string, link: AccountLink): Promise<string> {
    const account = await this.account(tx, userId);
    await this.mail.queue(tx, `invitation:${userId}:${link.expiresAt}`, account.email, {
      subject: `Your Cohesion account at ${account.organizationName}`,
      greeting: `Hello ${account.displayName},`,
      paragraphs: [
        `An account at ${account.organizationName} is waiting for you in Cohesion, where your clinic keeps its group session notes and outcomes.`,
        `Choose your own password through this link. It works once, until ${formatClinicTime(link.expiresAt, account.organizationTimeZone)}.`,
      ],
      action: { label: 'Choose your password', url: this.mail.link(link.path) },
      footer: IGNORE_IF_NOT_YOU,
    });
    return account.email;
  }

  async passwordReset(tx: SqlRunner, account: StaffAccount, link: AccountLink): Promise<void> {
    await this.mail.queue(tx, `password-reset:${account.id}:${link.expiresAt}`, account.email, {
      subject: 'Reset your Cohesion password',
      greeting: `Hello ${account.displayName},`,
      paragraphs: [
        'Someone, probably you, asked to reset the password of your Cohesion account.',
        `Choose a new password through this link. It works once, until ${formatClinicTime(link.expiresAt, account.organizationTimeZone)}. Choosing it signs you out everywhere.`,
      ],
      action: { label: 'Choose a new password', url: this.mail.link(link.path) },
      footer: IGNORE_IF_NOT_YOU,
    });
  }

  async passwordChanged(tx: SqlRunner, account: StaffAccount, changeId: string, at: Date): Promise<void> {
    await this.mail.queue(tx, `password-changed:${changeId}`, account.email, {
      subject: 'Your Cohesion password was changed',
      greeting: `Hello ${account.displayName},`,
      paragraphs: [
        `The password of your Cohesion account at ${account.organizationName} was changed at ${formatClinicTime(at, account.organizationTimeZone)}, and every session of the account was ended.`,
        'If this was not you, tell your Cohesion administrator at once: they can disable the account.',
      ],
    });
  }

  /** Instead of a reset link, for someone whose organization signs them in through its provider; once an hour at most. */
  async singleSignOnOnly(tx: SqlRunner, account: StaffAccount, at: Date): Promise<void> {
    await this.mail.queue(tx, `single-sign-on-only:${account.id}:${at.toISOString().slice(0, 13)}`, account.email, {
      subject: 'Signing in to Cohesion',
      greeting: `Hello ${account.displayName},`,
      paragraphs: [
        'Someone, probably you, asked to reset the password of your Cohesion account.',
        `${account.organizationName} signs you in to Cohesion through its identity provider, so your Cohesion password is not used. Choose “Use single sign-on” on the sign-in page. If you cannot sign in to your organization's account, ask its IT support.`,
      ],
      action: { label: 'Open the sign-in page', url: this.mail.link('/sign-in') },
      footer: 'If you did not ask, you can ignore this email: nothing about your account changed.',
    });
  }

  /** To a director: an admin's identity provider waits for their approval before it signs anyone in. */
  async singleSignOnAwaitsApproval(tx: SqlRunner, directorId: string, proposalKey: string): Promise<void> {
    const director = await this.account(tx, directorId);
    await this.mail.queue(tx, `single-sign-on-approval:${directorId}:${proposalKey}`, director.email, {
      subject: 'Single sign-on waits for your approval',
      greeting: `Hello ${director.displayName},`,
      paragraphs: [
        `An admin of ${director.organizationName} connected an identity provider for single sign-on, or changed who it signs in.`,
        'The provider decides who people are when they sign in through it, so it signs nobody in until a clinical director approves it. Check its issuer and email domains with the admin before you approve.',
      ],
      action: { label: 'Review it in Approvals', url: this.mail.link('/approvals') },
    });
  }

  private async account(tx: SqlRunner, userId: string): Promise<StaffAccount> {
    const account = await this.accounts.findAccountById(tx, userId);
    if (!account) throw new Error('mail for an account that does not exist');
    return account;
  }
}
