import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { SecondFactorEnrollment, SecondFactorRequest } from '@cohesion/contracts';
import type { Actor } from '../../../common/actor';
import { UnitOfWork } from '../../../database/unit-of-work';
import { AuditTrail } from '../../audit/audit-trail';
import { AuthException } from '../auth.exception';
import { AuthRepository, type StaffAccount } from '../auth.repository';
import { SessionIssuer, type SignIn } from '../session-issuer';
import { newRecoveryCodes, recoveryCodeDigest } from './recovery-codes';
import { SecondFactorBudget } from './second-factor-budget';
import { SecondFactorRepository } from './second-factor.repository';
import { SecretBox } from '../../../common/secret-box';
import { Clock } from '../../../common/clock';
import { acceptedTotpStep, newTotpSecret, totpEnrollment } from './totp';

/**
 * The TOTP second factor: proving it after the password, and enrolling an authenticator. Wrong codes count against a
 * budget of their own (SecondFactorBudget), so six digits cannot be guessed; each success opens a new session id.
 */
@Injectable()
export class SecondFactorService {
  constructor(
    private readonly accounts: AuthRepository,
    private readonly factors: SecondFactorRepository,
    private readonly sessions: SessionIssuer,
    private readonly box: SecretBox,
    private readonly budget: SecondFactorBudget,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditTrail,
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Finishes a sign-in with a code from the authenticator or a recovery code. Every attempt spends the account's hour
   * budget of codes first; the wrong code that uses it up ends the half-signed session, and the owner is told at their
   * next sign-in.
   */
  async prove(actor: Actor, secondFactor: string, proof: SecondFactorRequest): Promise<SignIn> {
    if (secondFactor !== 'pending') throw AuthException.secondFactorNotOwed();
    const account = await this.accountOf(actor);
    const method = proof.recoveryCode !== undefined ? 'recovery_code' : 'totp';
    const attempt = await this.budget.take(actor.userId);
    if (!attempt.allowed) {
      await this.stopGuessing(actor, method);
      throw AuthException.secondFactorStopped(attempt.retryAfterSeconds);
    }
    const signIn = await this.unitOfWork.run(actor, async (tx) => {
      const recoveryCodesLeft = await this.check(tx, actor.userId, proof);
      if (recoveryCodesLeft === false) return null;
      await this.accounts.revokeSession(tx, actor.sessionId);
      const opened = await this.sessions.open(tx, account, 'verified');
      await this.audit.record(tx, actor, {
        action: 'auth.second_factor',
        entityType: 'staff_session',
        entityId: opened.sessionId,
        detail: { method, ...(recoveryCodesLeft === null ? {} : { recoveryCodesLeft }) },
      });
      return opened;
    });
    if (signIn) {
      await this.budget.giveBack(actor.userId);
      return signIn;
    }
    if (attempt.last) {
      await this.stopGuessing(actor, method);
      throw AuthException.secondFactorStopped(attempt.retryAfterSeconds);
    }
    await this.audit.record(this.db, actor, { action: 'auth.second_factor', outcome: 'failure', detail: { method } });
    throw AuthException.invalidSecondFactor();
  }

  /** Starts (or restarts) enrolling an authenticator: a new secret, kept aside until a code from it confirms it. */
  async beginEnrollment(actor: Actor): Promise<SecondFactorEnrollment> {
    const account = await this.accountOf(actor);
    if (account.secondFactorEnrolled) throw AuthException.alreadyEnrolled();
    const secret = newTotpSecret();
    await this.unitOfWork.run(actor, (tx) => this.factors.savePendingSecret(tx, actor.userId, this.box.seal(secret)));
    return totpEnrollment(secret, account.email);
  }

  /** Confirms the enrollment with a code from the new authenticator; answers the recovery codes, shown this once. */
  async confirmEnrollment(actor: Actor, code: string): Promise<{ signIn: SignIn; recoveryCodes: string[] }> {
    const account = await this.accountOf(actor);
    if (account.secondFactorEnrolled) throw AuthException.alreadyEnrolled();
    const enrolled = await this.unitOfWork.run(actor, async (tx) => {
      const stored = await this.factors.lockFactor(tx, actor.userId);
      if (!stored.pendingSecret) throw AuthException.noEnrollmentStarted();
      const step = acceptedTotpStep(this.box.open(stored.pendingSecret), code, null, this.clock.now().getTime());
      if (step === null) return null;
      const recoveryCodes = newRecoveryCodes();
      await this.factors.enroll(tx, actor.userId, stored.pendingSecret, step, recoveryCodes.map(recoveryCodeDigest));
      await this.accounts.revokeSession(tx, actor.sessionId);
      const signIn = await this.sessions.open(tx, { ...account, secondFactorEnrolled: true }, 'verified');
      await this.audit.record(tx, actor, { action: 'auth.second_factor_enroll', entityType: 'staff_user', entityId: actor.userId });
      return { signIn, recoveryCodes };
    });
    if (!enrolled) {
      await this.audit.record(this.db, actor, { action: 'auth.second_factor_enroll', outcome: 'failure' });
      throw AuthException.invalidSecondFactor();
    }
    return enrolled;
  }

  /** Ends the half-signed session of someone out of codes, and leaves the owner a notice for their next sign-in. */
  private stopGuessing(actor: Actor, method: string): Promise<void> {
    return this.unitOfWork.run(actor, async (tx) => {
      await this.accounts.revokeSession(tx, actor.sessionId);
      await this.accounts.noteSecondFactorGuessing(tx, actor.userId);
      await this.audit.record(tx, actor, { action: 'auth.second_factor', outcome: 'denied', detail: { method, reason: 'too_many_wrong_codes' } });
    });
  }

  /** Recovery codes left after a recovery code was used, null after a TOTP code, false when the proof fails. */
  private async check(tx: EntityManager, userId: string, proof: SecondFactorRequest): Promise<number | null | false> {
    if (proof.recoveryCode !== undefined) {
      const left = await this.factors.useRecoveryCode(tx, userId, recoveryCodeDigest(proof.recoveryCode));
      return left === null ? false : left;
    }
    const stored = await this.factors.lockFactor(tx, userId);
    if (!stored.secret) return false;
    const step = acceptedTotpStep(this.box.open(stored.secret), proof.code ?? '', stored.lastStep, this.clock.now().getTime());
    if (step === null) return false;
    await this.factors.acceptStep(tx, userId, step);
    return null;
  }

  private async accountOf(actor: Actor): Promise<StaffAccount> {
    const account = await this.accounts.findAccountById(this.db, actor.userId);
    if (!account) throw AuthException.unauthenticated();
    return account;
  }
}
