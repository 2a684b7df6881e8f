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
import { SignInThrottle, throttleKeys } from '../sign-in-throttle';
import { newRecoveryCodes, recoveryCodeDigest } from './recovery-codes';
import { SecondFactorRepository } from './second-factor.repository';
import { SecretBox } from './secret-box';
import { acceptedTotpStep, newTotpSecret, totpEnrollment } from './totp';

/**
 * The TOTP second factor: proving it after the password, and enrolling an authenticator. Wrong codes count against
 * the same throttle as wrong passwords, so six digits cannot be guessed; each success opens a new session id.
 */
@Injectable()
export class SecondFactorService {
  constructor(
    private readonly accounts: AuthRepository,
    private readonly factors: SecondFactorRepository,
    private readonly sessions: SessionIssuer,
    private readonly box: SecretBox,
    private readonly throttle: SignInThrottle,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditTrail,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** Finishes a sign-in with a code from the authenticator or a recovery code. */
  async prove(actor: Actor, secondFactor: string, proof: SecondFactorRequest): Promise<SignIn> {
    if (secondFactor !== 'pending') throw AuthException.secondFactorNotOwed();
    const account = await this.accountOf(actor);
    const keys = throttleKeys(account.email, actor.ip);
    const lockedForSeconds = await this.throttle.secondsLocked(keys);
    if (lockedForSeconds > 0) {
      await this.audit.record(this.db, actor, { action: 'auth.second_factor', outcome: 'denied', detail: { reason: 'throttled' } });
      throw AuthException.tooManyAttempts(lockedForSeconds);
    }
    const outcome = await this.unitOfWork.run(actor, async (tx) => {
      const method = proof.recoveryCode !== undefined ? 'recovery_code' : 'totp';
      const recoveryCodesLeft = await this.check(tx, actor.userId, proof);
      if (recoveryCodesLeft === false) return { method, signIn: null };
      await this.accounts.revokeSession(tx, actor.sessionId);
      const signIn = await this.sessions.open(tx, account, 'verified');
      await this.audit.record(tx, actor, {
        action: 'auth.second_factor', entityType: 'staff_session', entityId: signIn.sessionId,
        detail: { method, ...(recoveryCodesLeft === null ? {} : { recoveryCodesLeft }) },
      });
      return { method, signIn };
    });
    if (!outcome.signIn) {
      await this.throttle.recordFailure(keys);
      await this.audit.record(this.db, actor, { action: 'auth.second_factor', outcome: 'failure', detail: { method: outcome.method } });
      throw AuthException.invalidSecondFactor();
    }
    await this.throttle.clear(keys);
    return outcome.signIn;
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
      const step = acceptedTotpStep(this.box.open(stored.pendingSecret), code, null);
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

  /** Recovery codes left after a recovery code was used, null after a TOTP code, false when the proof fails. */
  private async check(tx: EntityManager, userId: string, proof: SecondFactorRequest): Promise<number | null | false> {
    if (proof.recoveryCode !== undefined) {
      const left = await this.factors.useRecoveryCode(tx, userId, recoveryCodeDigest(proof.recoveryCode));
      return left === null ? false : left;
    }
    const stored = await this.factors.lockFactor(tx, userId);
    if (!stored.secret) return false;
    const step = acceptedTotpStep(this.box.open(stored.secret), proof.code ?? '', stored.lastStep);
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
