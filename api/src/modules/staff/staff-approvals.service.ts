import { Injectable } from '@nestjs/common';
import type { ApprovalRequest, StaffAccountDetails } from '@cohesion/contracts';
import type { EntityManager } from 'typeorm';
import type { Role } from '@cohesion/domain';
import type { Actor } from '../../common/actor';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditTrail } from '../audit/audit-trail';
import { AccountLinks } from '../auth/account-links';
import { AuthRepository } from '../auth/auth.repository';
import { StaffAccountsRepository, type StaffAccountRow } from './staff-accounts.repository';
import { toApprovalRequest, toStaffAccountDetails } from './staff.mapper';
import { StaffException } from './staff.exception';

type PendingAccount = StaffAccountRow & { pendingSince: Date };

/**
 * The second pair of eyes on every clinical role an admin gives: a director approves it (and the account reaches
 * what its role allows from its next request) or declines it (a new account is disabled, a changed one returns to the
 * role it had). Both are audited with who asked and when.
 */
@Injectable()
export class StaffApprovalsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly accounts: StaffAccountsRepository,
    private readonly sessions: AuthRepository,
    private readonly links: AccountLinks,
    private readonly audit: AuditTrail,
  ) {}

  list(actor: Actor): Promise<ApprovalRequest[]> {
    return this.unitOfWork.run(actor, async (tx) => (await this.accounts.listPending(tx, actor.organizationId)).map(toApprovalRequest));
  }

  /** Approves the request for `role`, as the director saw it, of a person who has accepted their invitation. */
  approve(actor: Actor, userId: string, role: Role): Promise<StaffAccountDetails> {
    return this.unitOfWork.run(actor, async (tx) => {
      const account = await this.lockPending(tx, actor, userId);
      if (account.role !== role) throw StaffException.approvalChanged(account.role);
      if (!account.passwordSet) throw StaffException.invitationNotAccepted();
      await this.accounts.settleApproval(tx, actor.organizationId, userId, actor.userId);
      await this.audit.record(tx, actor, { action: 'staff.approve', entityType: 'staff_user', entityId: userId, detail: askOf(account) });
      return toStaffAccountDetails(await this.accounts.find(tx, actor.organizationId, userId));
    });
  }

  decline(actor: Actor, userId: string): Promise<StaffAccountDetails> {
    return this.unitOfWork.run(actor, async (tx) => {
      const account = await this.lockPending(tx, actor, userId);
      const keptRole = await this.accounts.decline(tx, actor.organizationId, userId);
      const linksRevoked = keptRole === null ? await this.links.revoke(tx, userId, 'invitation') : 0;
      const sessionsEnded = await this.sessions.revokeSessionsOfUser(tx, actor.organizationId, userId);
      await this.audit.record(tx, actor, {
        action: 'staff.decline',
        entityType: 'staff_user',
        entityId: userId,
        detail: { ...askOf(account), outcome: keptRole === null ? 'disabled' : `back to ${keptRole}`, linksRevoked, sessionsEnded },
      });
      return toStaffAccountDetails(await this.accounts.find(tx, actor.organizationId, userId));
    });
  }

  private async lockPending(tx: EntityManager, actor: Actor, userId: string): Promise<PendingAccount> {
    const account = await this.accounts.lock(tx, actor.organizationId, userId);
    if (!account) throw StaffException.staffNotFound();
    if (!account.pendingSince || account.disabled) throw StaffException.notPending();
    return { ...account, pendingSince: account.pendingSince };
  }
}

/** What the decision was about, for the audit trail: the role, who asked for it and when. */
function askOf(account: PendingAccount): Record<string, unknown> {
  return {
    role: account.role,
    fromRole: account.pendingFromRole,
    requestedBy: account.requestedById,
    requestedAt: new Date(account.pendingSince).toISOString(),
  };
}
