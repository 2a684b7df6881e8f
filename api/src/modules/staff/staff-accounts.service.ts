import { Injectable } from '@nestjs/common';
import type { CreateStaffAccountRequest, StaffAccountDetails, UpdateStaffAccountRequest } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditTrail } from '../audit/audit-trail';
import { AuthRepository } from '../auth/auth.repository';
import { hashPassword } from '../auth/password-hasher';
import { passwordProblem } from '../auth/password-policy';
import { SecondFactorRepository } from '../auth/second-factor/second-factor.repository';
import { StaffAccountsRepository } from './staff-accounts.repository';
import { StaffException } from './staff.exception';

/**
 * Admins manage the staff accounts of their organization. Disabling an account, changing its role or resetting its
 * second factor ends the person's sessions in the same transaction: their next request is refused.
 */
@Injectable()
export class StaffAccountsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly accounts: StaffAccountsRepository,
    private readonly sessions: AuthRepository,
    private readonly factors: SecondFactorRepository,
    private readonly audit: AuditTrail,
  ) {}

  list(actor: Actor): Promise<StaffAccountDetails[]> {
    return this.unitOfWork.run(actor, (tx) => this.accounts.list(tx, actor.organizationId));
  }

  async create(actor: Actor, request: CreateStaffAccountRequest): Promise<StaffAccountDetails> {
    const problem = passwordProblem(request.password);
    if (problem) throw StaffException.invalidAccount([{ field: 'password', message: problem }]);
    const email = request.email.trim().toLowerCase();
    const passwordHash = await hashPassword(request.password);
    return this.unitOfWork.run(actor, async (tx) => {
      if (await this.accounts.emailTaken(tx, email)) throw StaffException.emailTaken();
      const created = await this.accounts.create(tx, actor.organizationId, { email, displayName: request.displayName.trim(), role: request.role, passwordHash });
      await this.audit.record(tx, actor, { action: 'staff.create', entityType: 'staff_user', entityId: created.id, detail: { role: created.role } });
      return created;
    });
  }

  update(actor: Actor, userId: string, request: UpdateStaffAccountRequest): Promise<StaffAccountDetails> {
    return this.unitOfWork.run(actor, async (tx) => {
      const before = await this.accounts.lock(tx, actor.organizationId, userId);
      if (!before) throw StaffException.staffNotFound();
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
      const updated = await this.accounts.update(tx, actor.organizationId, userId, after);
      const sessionsEnded = roleChanged || disabling ? await this.sessions.revokeSessionsOfUser(tx, actor.organizationId, userId) : 0;
      await this.audit.record(tx, actor, {
        action: 'staff.update', entityType: 'staff_user', entityId: userId,
        detail: {
          ...(roleChanged ? { role: { from: before.role, to: after.role } } : {}),
          ...(after.disabled !== before.disabled ? { disabled: after.disabled } : {}),
          ...(after.displayName !== before.displayName ? { displayNameChanged: true } : {}),
          sessionsEnded,
        },
      });
      return updated;
    });
  }

  /** For someone who lost their authenticator and recovery codes: they enroll again at their next sign-in. */
  resetSecondFactor(actor: Actor, userId: string): Promise<void> {
    return this.unitOfWork.run(actor, async (tx) => {
      const account = await this.accounts.lock(tx, actor.organizationId, userId);
      if (!account) throw StaffException.staffNotFound();
      const wasEnrolled = await this.factors.reset(tx, actor.organizationId, userId);
      const sessionsEnded = await this.sessions.revokeSessionsOfUser(tx, actor.organizationId, userId);
      await this.audit.record(tx, actor, { action: 'staff.second_factor_reset', entityType: 'staff_user', entityId: userId, detail: { wasEnrolled, sessionsEnded } });
    });
  }
}
