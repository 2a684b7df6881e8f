import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as openid from 'openid-client';
import { DataSource } from 'typeorm';
import type { SecondFactorState } from '@cohesion/contracts';
import { emailDomain } from '@cohesion/domain';
import type { RequestOrigin } from '../../../common/request-origin';
import { SecretBox } from '../../../common/secret-box';
import type { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import { AuditTrail } from '../../audit/audit-trail';
import { AuthRepository, type StaffAccount } from '../auth.repository';
import { secondFactorAfterPassword } from '../second-factor-state';
import { SessionIssuer, type SignIn } from '../session-issuer';
import { hashSessionToken, newSessionToken } from '../session-token';
import { OpenIdConnections, type ProviderClient, type ProviderIdentity } from './openid-connections';
import { redirectUriOf, SSO_SECRET_BOX } from './single-sign-on-settings.service';
import { SingleSignOnException } from './single-sign-on.exception';
import { SingleSignOnRepository, type PendingSignIn, type StoredProvider } from './single-sign-on.repository';

/** How long a person has at their provider before the sign-in they started is forgotten. */
export const SIGN_IN_LIFETIME_SECONDS = 10 * 60;

/** A sign-in just started: the cookie that names it in this browser, and where the browser goes next. */
export interface StartedSignIn {
  browserToken: string;
  authorizationUrl: string;
}

/**
 * Signs staff in through their organization's OpenID provider. The provider is found by the email's domain; the
 * provider's answer must come back to the browser that asked (state, a cookie), carry an ID token for this sign-in
 * (nonce, PKCE) and a verified email that names an enabled account of the same organization. Nobody is created
 * on the way: an account comes only from an admin's invitation.
 */
@Injectable()
export class SingleSignOnService {
  constructor(
    private readonly repository: SingleSignOnRepository,
    private readonly connections: OpenIdConnections,
    private readonly accounts: AuthRepository,
    private readonly sessions: SessionIssuer,
    private readonly audit: AuditTrail,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SSO_SECRET_BOX) private readonly secrets: SecretBox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(email: string): Promise<StartedSignIn> {
    const address = email.trim().toLowerCase();
    const provider = await this.repository.providerForDomain(emailDomain(address));
    if (!provider) throw SingleSignOnException.notAvailable();
    const checks = OpenIdConnections.newChecks();
    let authorizationUrl: string;
    try {
      authorizationUrl = await this.connections.authorizationUrl(this.client(provider), checks, redirectUriOf(this.config), address);
    } catch {
      throw SingleSignOnException.providerUnreachable();
    }
    const browserToken = newSessionToken();
    await this.repository.startSignIn(provider.organizationId, hashSessionToken(browserToken), checks, SIGN_IN_LIFETIME_SECONDS);
    return { browserToken, authorizationUrl };
  }

  /** Finishes the sign-in this browser started (`browserToken`) with the provider's answer (`callbackQuery`). */
  async finish(browserToken: string | undefined, callbackQuery: string, from: RequestOrigin, previousSessionToken?: string): Promise<SignIn> {
    const pending = browserToken ? await this.repository.takeSignIn(hashSessionToken(browserToken)) : null;
    if (!pending) {
      await this.refuse({ organizationId: null, from, reason: 'no_sign_in_under_way' });
      throw SingleSignOnException.signInExpired();
    }
    const provider = await this.repository.providerOf(this.db, pending.organizationId);
    if (provider?.status !== 'active') {
      await this.refuse({ organizationId: pending.organizationId, from, reason: 'provider_removed' });
      throw SingleSignOnException.notAvailable();
    }
    const identity = await this.identity(provider, pending, callbackQuery, from);
    if (identity.email === null) {
      await this.refuse({ organizationId: provider.organizationId, from, reason: 'no_usable_email' });
      throw SingleSignOnException.answerRejected();
    }
    if (!identity.emailVerified) {
      await this.refuse({ organizationId: provider.organizationId, from, reason: 'email_unverified' });
      throw SingleSignOnException.emailUnverified();
    }
    const account = await this.accounts.findAccountByEmail(identity.email);
    const reason = accountRefusal(account, provider, identity.email);
    if (reason || !account) {
      await this.refuse({ organizationId: provider.organizationId, from, reason: reason ?? 'unknown_account', account });
      throw SingleSignOnException.noAccount();
    }
    const providerMfa = identity.amr.includes('mfa');
    const secondFactor: SecondFactorState = provider.trustProviderMfa && providerMfa ? 'verified' : secondFactorAfterPassword(account);
    return this.sessions.signIn(account, secondFactor, from, previousSessionToken, { method: 'single_sign_on', providerMfa });
  }

  private async identity(provider: StoredProvider, pending: PendingSignIn, callbackQuery: string, from: RequestOrigin): Promise<ProviderIdentity> {
    const callbackUrl = new URL(redirectUriOf(this.config));
    callbackUrl.search = callbackQuery;
    try {
      return await this.connections.identity(this.client(provider), pending, callbackUrl);
    } catch (error) {
      const organizationId = provider.organizationId;
      if (error instanceof openid.AuthorizationResponseError) {
        await this.refuse({ organizationId, from, reason: 'refused_by_provider' });
        throw SingleSignOnException.refusedByProvider(error.error.replace(/[^\w.-]/g, '').slice(0, 64));
      }
      if (error instanceof openid.ClientError || error instanceof openid.ResponseBodyError) {
        await this.refuse({ organizationId, from, reason: 'answer_rejected', code: String((error as { code?: string }).code ?? 'unknown') });
        throw SingleSignOnException.answerRejected();
      }
      await this.refuse({ organizationId, from, reason: 'provider_unreachable' });
      throw SingleSignOnException.providerUnreachable();
    }
  }

  private client(provider: StoredProvider): ProviderClient {
    return { issuer: provider.issuer, clientId: provider.clientId, clientSecret: this.secrets.open(provider.sealedClientSecret).toString('utf8') };
  }

  /** Audits a refused single sign-on: under the account when one was named, never with the email itself. */
  private refuse(refusal: { organizationId: string | null; from: RequestOrigin; reason: string; code?: string; account?: StaffAccount | null }): Promise<void> {
    const { from } = refusal;
    // A refusal is filed under the account only when it belongs to the organization whose provider answered.
    const account = refusal.account?.organizationId === refusal.organizationId ? refusal.account : null;
    return this.audit.recordFrom(
      this.db,
      { organizationId: refusal.organizationId, actorId: account?.id ?? null, actorRole: account?.role ?? null, ...from },
      {
        action: 'auth.sign_in',
        outcome: 'failure',
        detail: { method: 'single_sign_on', reason: refusal.reason, ...(refusal.code ? { code: refusal.code } : {}) },
      },
    );
  }
}

/** Why a verified email cannot sign in to this organization, or null when it can. */
function accountRefusal(account: StaffAccount | null, provider: StoredProvider, email: string): string | null {
  if (!provider.allowedDomains.includes(emailDomain(email))) return 'domain_not_allowed';
  if (!account) return 'unknown_account';
  if (account.organizationId !== provider.organizationId) return 'other_organization';
  if (account.disabled) return 'disabled_account';
  return null;
}
