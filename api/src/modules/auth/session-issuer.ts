import { Inject, Injectable } from '@nestjs/common';
import type { CurrentUser, SecondFactorState } from '@cohesion/contracts';
import { DIGEST_ROLES } from '@cohesion/domain';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import type { SqlRunner } from '../audit/audit.repository';
import { AuthRepository, type StaffAccount } from './auth.repository';
import { hashSessionToken, newSessionToken } from './session-token';

/** A session just opened: the token for the cookie, its lifetime and who it belongs to. */
export interface SignIn {
  token: string;
  maxAgeSeconds: number;
  sessionId: string;
  user: CurrentUser;
}

/** A session that still owes its second factor lives only long enough to type a code or scan a QR code. */
const UNVERIFIED_SESSION_MINUTES = 10;

/** Opens sessions. Every step up (password, then second factor, then enrollment) gets a new session id. */
@Injectable()
export class SessionIssuer {
  constructor(
    private readonly accounts: AuthRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async open(tx: SqlRunner, account: StaffAccount, secondFactor: SecondFactorState): Promise<SignIn> {
    const unverified = secondFactor === 'pending' || secondFactor === 'enrollment_required';
    const maxAgeSeconds = unverified ? UNVERIFIED_SESSION_MINUTES * 60 : this.config.sessionAbsoluteHours * 3600;
    const token = newSessionToken();
    const sessionId = await this.accounts.createSession(tx, account, hashSessionToken(token), maxAgeSeconds, secondFactor);
    return { token, maxAgeSeconds, sessionId, user: toCurrentUser(account, secondFactor) };
  }
}

export function toCurrentUser(account: StaffAccount, secondFactor: SecondFactorState): CurrentUser {
  return {
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    organizationName: account.organizationName,
    timeZone: account.organizationTimeZone,
    secondFactor,
    secondFactorEnrolled: account.secondFactorEnrolled,
    approval: account.pending ? 'pending' : 'approved',
    securityNotice: account.secondFactorGuessedAt ? { kind: 'second_factor_guessing', at: new Date(account.secondFactorGuessedAt).toISOString() } : null,
    weeklyDigest: DIGEST_ROLES.includes(account.role) ? account.weeklyDigest : null,
  };
}
