import { Injectable } from '@nestjs/common';
import type { CreatedStaffAccount, CreateStaffAccountRequest, InvitationSent, StaffAccountDetails, UpdateStaffAccountRequest } from '@cohesion/contracts';
import { roleNeedsApproval } from '@cohesion/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditTrail } from '../audit/audit-trail';
import { AccountLinks } from '../auth/account-links';
import { AccountMail } from '../auth/account-mail';
import { AuthRepository } from '../auth/auth.repository';
import { SecondFactorRepository } from '../auth/second-factor/second-factor.repository';
import { StaffAccountsRepository, type StaffAccountRow } from './staff-accounts.repository';
import { toStaffAccountDetails } from './staff.mapper';
import { StaffException } from './staff.exception';

/**
 * Admins manage the staff accounts of their organization, but never a person's password (each chooses their own
 * through an invitation link) and never a clinical reader on their own: a clinical role they give waits for a
 * director's approval. Disabling an account, changing its role or resetting its second factor ends the person's
 * sessions in the same transaction: their next request is refused.
 */
@Injectable()
export class StaffAccountsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly accounts: StaffAccountsRepository,
    private readonly sessions: AuthRepository,
    private readonly factors: SecondFactorRepository,
    private readonly links: AccountLinks,
    private readonly accountMail: AccountMail,
    private readonly audit: AuditTrail,
  ) {}

  list(actor: Actor): Promise<StaffAccountDetails[]> {
    return this.unitOfWork.run(actor, async (tx) => (await this.accounts.list(tx, actor.organizationId)).map(toStaffAccountDetails));
  }

  create(actor: Actor, request: CreateStaffAccountRequest): Promise<CreatedStaffAccount> {
    const email = request.email.trim().toLowerCase();
    return this.unitOfWork.run(actor, async (tx) => {
      if (await this.accounts.emailTaken(tx, email)) throw StaffException.emailTaken();
      const pendingApproval = roleNeedsApproval(request.role);
      const userId = await this.accounts.create(
        tx,
        actor.organizationId,
        { email, displayName: request.displayName.trim(), role: request.role },
        pendingApproval ? { requestedBy: actor.userId, fromRole: null } : null,
      );
      const invitation = await this.invite(tx, actor, userId);
      await this.audit.record(tx, actor, {
        action: 'staff.create',
        entityType: 'staff_user',
        entityId: userId,
        detail: { role: request.role, pendingApproval },
      });
      return { account: toStaffAccountDetails(await this.accounts.find(tx, actor.organizationId, userId)), invitation };
    });
  }

  update(actor: Actor, userId: string, request: UpdateStaffAccountRequest): Promise<StaffAccountDetails> {
    return this.unitOfWork.run(actor, async (tx) => {
      const before = await this.lockAccount(tx, actor, userId);
      const after = {
        displayName: request.displayName?.trim() ?? before.displayName,
        role: request.role ?? before.role,
        disabled: request.disabled ?? before.disabled,
      };
      const roleChanged = after.role !== before.role;
      const disabling = after.disabled && !before.disabled;
      if (userId === actor.userId && (roleChanged || disabling)) throw StaffException.ownAccess();
      if (roleChanged) {
        const held = await this.accounts.assignments(tx, actor.organizationId, userId);
        if (held.groups + held.supervising + held.supervised > 0) throw StaffException.stillAssigned(held);
      }
      await this.accounts.update(tx, actor.organizationId, userId, after);
      const pendingApproval = roleChanged && roleNeedsApproval(after.role);
      if (pendingApproval) await this.accounts.requestApproval(tx, actor.organizationId, userId, { requestedBy: actor.userId, fromRole: before.role });
      else if (roleChanged) await this.accounts.settleApproval(tx, actor.organizationId, userId, null);
      const sessionsEnded = roleChanged || disabling ? await this.sessions.revokeSessionsOfUser(tx, actor.organizationId, userId) : 0;
      // A disabled account's links die with it: enabling it again brings none of them back.
      if (disabling) for (const purpose of ['invitation', 'password_reset'] as const) await this.links.revoke(tx, userId, purpose);
      await this.audit.record(tx, actor, {
        action: 'staff.update',
        entityType: 'staff_user',
        entityId: userId,
        detail: {
          ...(roleChanged ? { role: { from: before.role, to: after.role }, pendingApproval } : {}),
          ...(after.disabled !== before.disabled ? { disabled: after.disabled } : {}),
          ...(after.displayName !== before.displayName ? { displayNameChanged: true } : {}),
          sessionsEnded,
        },
      });
      return toStaffAccountDetails(await this.accounts.find(tx, actor.organizationId, userId));
    });
  }

  /** A new invitation link for a person who has not chosen a password yet; earlier links stop working. */
  issueInvitation(actor: Actor, userId: string): Promise<InvitationSent> {
    return this.unitOfWork.run(actor, async (tx) => {
      const account = await this.lockAccount(tx, actor, userId);
      if (account.passwordSet) throw StaffException.passwordAlreadySet();
      if (account.disabled) throw StaffException.accountDisabled();
      const invitation = await this.invite(tx, actor, userId);
      await this.audit.record(tx, actor, { action: 'staff.invitation_issue', entityType: 'staff_user', entityId: userId });
      return invitation;
    });
  }

  revokeInvitation(actor: Actor, userId: string): Promise<void> {
    return this.unitOfWork.run(actor, async (tx) => {
      await this.lockAccount(tx, actor, userId);
      const revoked = await this.links.revoke(tx, userId, 'invitation');
      await this.audit.record(tx, actor, { action: 'staff.invitation_revoke', entityType: 'staff_user', entityId: userId, detail: { revoked } });
    });
  }

  /** For someone who lost their authenticator and recovery codes: they enroll again at their next sign-in. */
  resetSecondFactor(actor: Actor, userId: string): Promise<void> {
    return this.unitOfWork.run(actor, async (tx) => {
      await this.lockAccount(tx, actor, userId);
      const wasEnrolled = await this.factors.reset(tx, actor.organizationId, userId);
      const sessionsEnded = await this.sessions.revokeSessionsOfUser(tx, actor.organizationId, userId);
      await this.audit.record(tx, actor, {
        action: 'staff.second_factor_reset',
        entityType: 'staff_user',
        entityId: userId,
        detail: { wasEnrolled, sessionsEnded },
      });
    });
  }

  /** A new single-use link, emailed to the person alone: the admin never sees it, so cannot choose the password. */
  private async invite(tx: EntityManager, actor: Actor, userId: string): Promise<InvitationSent> {
    const link = await this.links.issue(tx, { organizationId: actor.organizationId, userId }, 'invitation', actor.userId);
    const emailedTo = await this.accountMail.invitation(tx, userId, link);
    return { emailedTo, expiresAt: link.expiresAt };
  }

  private async lockAccount(tx: EntityManager, actor: Actor, userId: string): Promise<StaffAccountRow> {
    const account = await this.accounts.lock(tx, actor.organizationId, userId);
    if (!account) throw StaffException.staffNotFound();
    return account;
  }
}
