import { Inject, Injectable } from '@nestjs/common';
import type { CurrentUser, SecondFactorState } from '@cohesion/contracts';
import { DIGEST_ROLES } from '@cohesion/domain';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import type { RequestOrigin } from '../../common/request-origin';
import { UnitOfWork } from '../../database/unit-of-work';
import type { SqlRunner } from '../audit/audit.repository';
import { AuditTrail } from '../audit/audit-trail';
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
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * Opens the session of a sign-in that succeeded (by password or through the provider) and audits it. A new session
   * id at every sign-in: the session the browser held before (if any) ends here.
   */
  signIn(
    account: StaffAccount,
    secondFactor: SecondFactorState,
    from: RequestOrigin,
    previousToken: string | undefined,
    detail: Record<string, unknown>,
  ): Promise<SignIn> {
    return this.unitOfWork.run({ organizationId: account.organizationId, userId: account.id }, async (tx) => {
      if (previousToken) await this.accounts.revokeSessionOfToken(tx, hashSessionToken(previousToken));
      const signIn = await this.open(tx, account, secondFactor);
      await this.audit.recordFrom(
        tx,
        { organizationId: account.organizationId, actorId: account.id, actorRole: account.role, ...from },
        { action: 'auth.sign_in', entityType: 'staff_session', entityId: signIn.sessionId, detail: { ...detail, secondFactor } },
      );
      return signIn;
    });
  }

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
