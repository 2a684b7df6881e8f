import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import type { RequestOrigin } from '../../common/request-origin';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditTrail } from '../audit/audit-trail';
import { AccountLinks } from './account-links';
import { AccountMail } from './account-mail';
import { AuthException } from './auth.exception';
import { AuthRepository, type StaffAccount } from './auth.repository';
import { hashPassword } from './password-hasher';
import { passwordProblem } from './password-policy';

/** What a person with a dead reset link can do. */
const ASK_AGAIN = 'Ask for a new one through “Forgot your password?” on the sign-in page.';
/** Every request answers no sooner than this after it arrived, whether or not a link was sent. */
const MINIMUM_ANSWER_MS = 400;
/** Reset emails one account can be sent in an hour: enough for a person, too few to flood their inbox. */
const RESETS_PER_HOUR = 3;

/**
 * A person who forgot their password asks for a link by email and chooses a new password through it. The answer to
 * the request is the same, after the same time, whether or not the email has an account, so it tells nobody who has
 * one. Choosing the new password ends every session of the account and sends a notice; the second factor stays as it
 * was (an admin resets that).
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly accounts: AuthRepository,
    private readonly links: AccountLinks,
    private readonly accountMail: AccountMail,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async request(email: string, from: RequestOrigin): Promise<void> {
    const arrived = this.clock.now().getTime();
    const account = await this.accounts.findAccountByEmail(email);
    if (account && !account.disabled && account.passwordHash !== null) await this.sendLink(account, from);
    else
      await this.audit.recordFrom(this.db, anonymous(from), {
        action: 'auth.password_reset_request',
        outcome: 'failure',
        detail: { reason: 'no_usable_account' },
      });
    await this.clock.sleep(arrived + MINIMUM_ANSWER_MS - this.clock.now().getTime());
  }

  async confirm(token: string, password: string, from: RequestOrigin): Promise<void> {
    const problem = passwordProblem(password);
    if (problem) throw AuthException.unacceptablePassword(problem, 'password');
    const link = await this.links.find(this.db, token, 'password_reset');
    const account = link ? await this.accounts.findAccountById(this.db, link.userId) : null;
    if (!link || !account || account.disabled) throw AuthException.linkInvalid(ASK_AGAIN);
    const passwordHash = await hashPassword(password);
    await this.unitOfWork.run({ organizationId: account.organizationId, userId: account.id }, async (tx) => {
      const used = await this.links.use(tx, token, 'password_reset');
      if (used?.userId !== account.id) throw AuthException.linkInvalid(ASK_AGAIN);
      await this.accounts.updatePasswordHash(tx, account.id, passwordHash);
      // Any other reset link of the account (an older one, one an attacker asked for) stops working with this one.
      await this.links.revoke(tx, account.id, 'password_reset');
      const sessionsEnded = await this.accounts.revokeSessionsOfUser(tx, account.organizationId, account.id);
      await this.audit.recordFrom(tx, originOf(account, from), {
        action: 'auth.password_reset',
        entityType: 'staff_user',
        entityId: account.id,
        detail: { sessionsEnded },
      });
      await this.accountMail.passwordChanged(tx, account, randomUUID(), this.clock.now());
    });
  }

  private async sendLink(account: StaffAccount, from: RequestOrigin): Promise<void> {
    await this.unitOfWork.run({ organizationId: account.organizationId, userId: account.id }, async (tx) => {
      const origin = originOf(account, from);
      const denied = (reason: string) =>
        this.audit.recordFrom(tx, origin, {
          action: 'auth.password_reset_request',
          outcome: 'denied',
          entityType: 'staff_user',
          entityId: account.id,
          detail: { reason },
        });
      // One request at a time per account: the hourly count and "a newer link revokes older ones" hold under a burst.
      await this.accounts.lockAccount(tx, account.id);
      if (!account.passwordSignIn) {
        await this.accountMail.singleSignOnOnly(tx, account, this.clock.now());
        return denied('single_sign_on_only');
      }
      if ((await this.links.issuedRecently(tx, account.id, 'password_reset', 60)) >= RESETS_PER_HOUR) return denied('too_many_requests');
      const link = await this.links.issue(tx, { organizationId: account.organizationId, userId: account.id }, 'password_reset', null);
      await this.accountMail.passwordReset(tx, account, link);
      await this.audit.recordFrom(tx, origin, { action: 'auth.password_reset_request', entityType: 'staff_user', entityId: account.id });
    });
  }
}

const anonymous = (from: RequestOrigin) => ({ organizationId: null, actorId: null, actorRole: null, ...from });
const originOf = (account: StaffAccount, from: RequestOrigin) => ({
  organizationId: account.organizationId,
  actorId: account.id,
  actorRole: account.role,
  ...from,
});
