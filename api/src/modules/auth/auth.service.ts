import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CurrentUser } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { APP_CONFIG } from '../../config/config.module';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditTrail } from '../audit/audit-trail';
import type { AppConfig } from '../../config/app-config';
import { AuthException } from './auth.exception';
import { AuthRepository, StaffAccount } from './auth.repository';
import { PasswordHasher } from './password-hasher';
import { SignInThrottle, throttleKeys } from './sign-in-throttle';
import { hashSessionToken, newSessionToken } from './session-token';

/** Where a request came from (the client's address, the request's id), for the audit trail. */
export type RequestOrigin = Pick<Actor, 'ip' | 'requestId'>;

/** A successful sign-in: the token for the cookie and who signed in. */
export interface SignIn {
  token: string;
  maxAgeSeconds: number;
  user: CurrentUser;
}

/** Touching last_seen_at on every request would write on every read; once a minute is precise enough for a 30-minute idle limit. */
const TOUCH_INTERVAL_MS = 60_000;

@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AuthRepository,
    private readonly hasher: PasswordHasher,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditTrail,
    private readonly throttle: SignInThrottle,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Unknown email, wrong password and disabled account get the same answer after the same work (a password check and
   * an audit row). A failure is audited under the account's organization when the account exists.
   */
  async signIn(email: string, password: string, from: RequestOrigin, previousToken?: string): Promise<SignIn> {
    const keys = throttleKeys(email, from.ip);
    const account = await this.accounts.findAccountByEmail(email);
    const failedAs = { organizationId: account?.organizationId ?? null, actorId: account?.id ?? null, actorRole: account?.role ?? null, ...from };
    const lockedForSeconds = await this.throttle.secondsLocked(keys);
    if (lockedForSeconds > 0) {
      await this.audit.recordFrom(this.db, failedAs, { action: 'auth.sign_in', outcome: 'denied', detail: { reason: 'throttled' } });
      throw AuthException.tooManyAttempts(lockedForSeconds);
    }
    const passwordMatches = await this.hasher.verify(account?.passwordHash ?? null, password);
    if (!account || !passwordMatches || account.disabled) {
      const reason = !account ? 'unknown_account' : account.disabled ? 'disabled_account' : 'wrong_password';
      await this.throttle.recordFailure(keys);
      await this.audit.recordFrom(this.db, failedAs, { action: 'auth.sign_in', outcome: 'failure', detail: { reason } });
      throw AuthException.invalidCredentials();
    }
    await this.throttle.clear(keys);

    const token = newSessionToken();
    const maxAgeSeconds = this.config.sessionAbsoluteHours * 3600;
    await this.unitOfWork.run({ organizationId: account.organizationId, userId: account.id }, async (tx) => {
      // A new session id at every sign-in: the session the browser held before (if any) ends here.
      if (previousToken) await this.accounts.revokeSessionOfToken(tx, hashSessionToken(previousToken));
      const sessionId = await this.accounts.createSession(tx, account, hashSessionToken(token), new Date(Date.now() + maxAgeSeconds * 1000));
      await this.audit.recordFrom(
        tx,
        { organizationId: account.organizationId, actorId: account.id, actorRole: account.role, ...from },
        { action: 'auth.sign_in', entityType: 'staff_session', entityId: sessionId },
      );
    });
    return { token, maxAgeSeconds, user: toCurrentUser(account) };
  }

  /** Resolves a cookie token to the caller, or null when the session is unknown, ended or idle too long. */
  async authenticate(token: string): Promise<{ actor: Omit<Actor, keyof RequestOrigin>; user: CurrentUser } | null> {
    const session = await this.accounts.findActiveSession(hashSessionToken(token), this.config.sessionIdleMinutes);
    if (!session) return null;
    if (Date.now() - new Date(session.lastSeenAt).getTime() > TOUCH_INTERVAL_MS) {
      await this.accounts.touchSession(session.sessionId);
    }
    const { account } = session;
    return {
      actor: {
        userId: account.id,
        organizationId: account.organizationId,
        timeZone: account.organizationTimeZone,
        role: account.role,
        sessionId: session.sessionId,
      },
      user: toCurrentUser(account),
    };
  }

  signOut(actor: Actor): Promise<void> {
    return this.unitOfWork.run(actor, async (tx) => {
      await this.accounts.revokeSession(tx, actor.sessionId);
      await this.audit.record(tx, actor, { action: 'auth.sign_out', entityType: 'staff_session', entityId: actor.sessionId });
    });
  }
}

function toCurrentUser(account: StaffAccount): CurrentUser {
  return {
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    organizationName: account.organizationName,
  };
}
