import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { InvitationDetails } from '@cohesion/contracts';
import type { RequestOrigin } from '../../common/request-origin';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditTrail } from '../audit/audit-trail';
import { AccountLinks } from './account-links';
import { AuthException } from './auth.exception';
import { AuthRepository, type StaffAccount } from './auth.repository';
import { hashPassword } from './password-hasher';
import { passwordProblem } from './password-policy';
import { SessionIssuer, type SignIn } from './session-issuer';
import { secondFactorAfterPassword } from './second-factor-state';
import { hashSessionToken } from './session-token';

/**
 * A new colleague chooses their own password through the invitation link an admin handed them (nobody else ever
 * knows it), and is signed in. An account with a clinical role still waits for a director's approval after that.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly links: AccountLinks,
    private readonly accounts: AuthRepository,
    private readonly sessions: SessionIssuer,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditTrail,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async details(token: string): Promise<InvitationDetails> {
    const { account, expiresAt } = await this.invitedAccount(token);
    return { email: account.email, displayName: account.displayName, organizationName: account.organizationName, expiresAt: expiresAt.toISOString() };
  }

  async accept(token: string, password: string, from: RequestOrigin, previousToken?: string): Promise<SignIn> {
    const problem = passwordProblem(password);
    if (problem) throw AuthException.unacceptablePassword(problem, 'password');
    const { account } = await this.invitedAccount(token);
    const passwordHash = await hashPassword(password);
    return this.unitOfWork.run({ organizationId: account.organizationId, userId: account.id }, async (tx) => {
      const used = await this.links.use(tx, token, 'invitation');
      if (used?.userId !== account.id || !(await this.accounts.setFirstPassword(tx, account.id, passwordHash))) throw AuthException.linkInvalid();
      if (previousToken) await this.accounts.revokeSessionOfToken(tx, hashSessionToken(previousToken));
      const signIn = await this.sessions.open(tx, account, secondFactorAfterPassword(account));
      await this.audit.recordFrom(
        tx,
        { organizationId: account.organizationId, actorId: account.id, actorRole: account.role, ...from },
        { action: 'auth.invitation_accept', entityType: 'staff_user', entityId: account.id, detail: { approval: signIn.user.approval } },
      );
      return signIn;
    });
  }

  /** The account of a live invitation that still waits for its password; the one same refusal for anything else. */
  private async invitedAccount(token: string): Promise<{ account: StaffAccount; expiresAt: Date }> {
    const link = await this.links.find(this.db, token, 'invitation');
    const account = link ? await this.accounts.findAccountById(this.db, link.userId) : null;
    if (!link || !account || account.passwordHash !== null || account.disabled) throw AuthException.linkInvalid();
    return { account, expiresAt: link.expiresAt };
  }
}
