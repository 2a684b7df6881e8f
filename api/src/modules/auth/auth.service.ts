import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CurrentUser, SecondFactorState } from '@cohesion/contracts';
import { secondFactorRequired } from '@cohesion/domain';
import type { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import type { RequestOrigin } from '../../common/request-origin';
import { APP_CONFIG } from '../../config/config.module';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditTrail } from '../audit/audit-trail';
import type { AppConfig } from '../../config/app-config';
import { AccountLinks } from './account-links';
import { AccountMail } from './account-mail';
import { AuthException } from './auth.exception';
import { AuthRepository } from './auth.repository';
import { hashPassword, PasswordHasher } from './password-hasher';
import { passwordProblem } from './password-policy';
import { SessionIssuer, toCurrentUser, type SignIn } from './session-issuer';
import type { KnownDevice } from './device-cookie';
import { reauthentication, signInAttempt, SignInThrottle } from './sign-in-throttle';
import { hashSessionToken } from './session-token';
import { secondFactorAfterPassword } from './second-factor-state';

/** A live session: who is calling, and whether the session still owes its second factor. */
export interface Authenticated {
  actor: Omit<Actor, keyof RequestOrigin>;
  user: CurrentUser;
  secondFactor: SecondFactorState;
}

/** Touching last_seen_at on every request would write on every read; once a minute is precise enough for a 30-minute idle limit. */
const TOUCH_INTERVAL_SECONDS = 60;

@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AuthRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionIssuer,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditTrail,
    private readonly throttle: SignInThrottle,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly accountMail: AccountMail,
    private readonly links: AccountLinks,
  ) {}

  /**
   * Unknown email, wrong password and disabled account get the same answer after the same work (a password check and
   * an audit row). A failure is audited under the account's organization when the account exists. A right password
   * opens a session that, for someone with an authenticator, still owes the code. A browser that signed in as this
   * account before (`device`) is throttled by its own failures alone; strangers wait, and are then locked out.
   */
  async signIn(email: string, password: string, from: RequestOrigin, previousToken?: string, device?: KnownDevice | null): Promise<SignIn> {
    const account = await this.accounts.findAccountByEmail(email);
    const knownDevice = device && account && device.userId === account.id ? device.nonce : null;
    const attempt = signInAttempt(email, from.ip, knownDevice);
    const failedAs = { organizationId: account?.organizationId ?? null, actorId: account?.id ?? null, actorRole: account?.role ?? null, ...from };
    const lockedForSeconds = await this.throttle.secondsLocked(attempt);
    if (lockedForSeconds > 0) {
      await this.audit.recordFrom(this.db, failedAs, {
        action: 'auth.sign_in',
        outcome: 'denied',
        detail: { reason: 'throttled', knownDevice: Boolean(knownDevice) },
      });
      throw AuthException.tooManyAttempts(lockedForSeconds);
    }
    await this.clock.sleep(await this.throttle.delayMs(attempt));
    const passwordMatches = await this.hasher.verify(account?.passwordHash ?? null, password);
    if (!account || !passwordMatches || account.disabled) {
      const reason = !account ? 'unknown_account' : account.disabled ? 'disabled_account' : 'wrong_password';
      await this.throttle.recordFailure(attempt);
      await this.audit.recordFrom(this.db, failedAs, { action: 'auth.sign_in', outcome: 'failure', detail: { reason } });
      throw AuthException.invalidCredentials();
    }
    await this.throttle.recordSuccess(attempt);
    if (!account.passwordSignIn) {
      await this.audit.recordFrom(this.db, failedAs, { action: 'auth.sign_in', outcome: 'denied', detail: { reason: 'password_sign_in_off' } });
      throw AuthException.useSingleSignOn();
    }

    return this.sessions.signIn(account, secondFactorAfterPassword(account), from, previousToken, {});
  }

  /** Resolves a cookie token to the caller, or null when the session is unknown, ended or idle too long. */
  async authenticate(token: string): Promise<Authenticated | null> {
    const session = await this.accounts.findActiveSession(hashSessionToken(token), this.config.sessionIdleMinutes, TOUCH_INTERVAL_SECONDS);
    if (!session) return null;
    if (session.touchDue) {
      await this.accounts.touchSession(session.sessionId);
    }
    const { account } = session;
    // An organization that starts requiring a second factor applies it to sessions already open, at their next request.
    const secondFactor =
      session.secondFactor === 'not_required' && secondFactorRequired(account.role, account.secondFactorPolicy)
        ? secondFactorAfterPassword(account)
        : session.secondFactor;
    return {
      actor: {
        userId: account.id,
        organizationId: account.organizationId,
        timeZone: account.organizationTimeZone,
        role: account.role,
        sessionId: session.sessionId,
      },
      user: toCurrentUser(account, secondFactor),
      secondFactor,
    };
  }

  /**
   * Changes the caller's own password: the current one is asked again (and a wrong one counts against the sign-in
   * throttle), the new one must pass the password policy, and every other session of the person ends.
   */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const account = await this.accounts.findAccountById(this.db, actor.userId);
    if (!account) throw AuthException.unauthenticated();
    const attempt = reauthentication(account.id);
    const lockedForSeconds = await this.throttle.secondsLocked(attempt);
    if (lockedForSeconds > 0) throw AuthException.tooManyAttempts(lockedForSeconds);
    if (!(await this.hasher.verify(account.passwordHash, currentPassword))) {
      await this.throttle.recordFailure(attempt);
      await this.audit.record(this.db, actor, { action: 'auth.password_change', outcome: 'failure', detail: { reason: 'wrong_password' } });
      throw AuthException.wrongCurrentPassword();
    }
    const problem = passwordProblem(newPassword);
    if (problem) throw AuthException.unacceptablePassword(problem);
    const passwordHash = await hashPassword(newPassword);
    await this.unitOfWork.run(actor, async (tx) => {
      await this.accounts.updatePasswordHash(tx, actor.userId, passwordHash);
      // A reset link someone may hold stops working once the owner chose a new password.
      await this.links.revoke(tx, actor.userId, 'password_reset');
      const sessionsEnded = await this.accounts.revokeSessionsOfUser(tx, actor.organizationId, actor.userId, actor.sessionId);
      await this.audit.record(tx, actor, { action: 'auth.password_change', entityType: 'staff_user', entityId: actor.userId, detail: { sessionsEnded } });
      await this.accountMail.passwordChanged(tx, account, randomUUID(), this.clock.now());
    });
  }

  /** Turns one's own Monday digest email on or off (directors and supervisors receive one). */
  setWeeklyDigest(actor: Actor, enabled: boolean): Promise<void> {
    return this.unitOfWork.run(actor, (tx) => this.accounts.setWeeklyDigest(tx, actor.userId, enabled));
  }

  /** The person has read their security notice. */
  dismissSecurityNotice(actor: Actor): Promise<void> {
    return this.unitOfWork.run(actor, (tx) => this.accounts.dismissSecurityNotice(tx, actor.userId));
  }

  signOut(actor: Actor): Promise<void> {
    return this.unitOfWork.run(actor, async (tx) => {
      await this.accounts.revokeSession(tx, actor.sessionId);
      await this.audit.record(tx, actor, { action: 'auth.sign_out', entityType: 'staff_session', entityId: actor.sessionId });
    });
  }
}
