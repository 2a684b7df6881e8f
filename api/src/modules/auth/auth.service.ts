import { Inject, Injectable } from '@nestjs/common';
import type { CurrentUser } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { AuthException } from './auth.exception';
import { AuthRepository, StaffAccount } from './auth.repository';
import { PasswordHasher } from './password-hasher';
import { hashSessionToken, newSessionToken } from './session-token';

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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Unknown email, wrong password and disabled account get the same answer after the same work. */
  async signIn(email: string, password: string): Promise<SignIn> {
    const account = await this.accounts.findAccountByEmail(email);
    const passwordMatches = await this.hasher.verify(account?.passwordHash ?? null, password);
    if (!account || !passwordMatches || account.disabled) throw AuthException.invalidCredentials();

    const token = newSessionToken();
    const maxAgeSeconds = this.config.sessionAbsoluteHours * 3600;
    await this.accounts.createSession(account, hashSessionToken(token), new Date(Date.now() + maxAgeSeconds * 1000));
    return { token, maxAgeSeconds, user: toCurrentUser(account) };
  }

  /** Resolves a cookie token to the caller, or null when the session is unknown, ended or idle too long. */
  async authenticate(token: string): Promise<{ actor: Actor; user: CurrentUser } | null> {
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
    return this.accounts.revokeSession(actor.sessionId);
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
