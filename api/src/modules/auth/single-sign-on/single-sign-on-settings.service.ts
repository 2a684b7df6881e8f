import { Inject, Injectable } from '@nestjs/common';
import { needsDirectorApproval, PUBLIC_EMAIL_DOMAINS } from '@cohesion/domain';
import type { SingleSignOnSettings, SingleSignOnState, UpdateSingleSignOnRequest } from '@cohesion/contracts';
import type { Actor } from '../../../common/actor';
import { SecretBox } from '../../../common/secret-box';
import type { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import { UnitOfWork } from '../../../database/unit-of-work';
import type { SqlRunner } from '../../audit/audit.repository';
import { AuditTrail } from '../../audit/audit-trail';
import { AccountMail } from '../account-mail';
import { canonicalIssuer, isLoopback, OpenIdConnections } from './openid-connections';
import { SingleSignOnException } from './single-sign-on.exception';
import { SingleSignOnRepository, type StoredProvider } from './single-sign-on.repository';

export const SSO_SECRET_BOX = 'SSO_SECRET_BOX';

/** Where providers send the browser back: a dashboard page that hands the answer to the API. */
export const redirectUriOf = (config: Pick<AppConfig, 'publicUrl'>) => `${config.publicUrl}/sign-in/sso`;

/**
 * An organization's admins set up its OpenID Connect provider; a clinical director approves it before it signs anyone
 * in, and again after any change of who it signs in (see needsDirectorApproval). A provider is saved only after it
 * answered discovery, for email domains the organization's own staff receive mail at. Every change and decision is
 * audited, the client secret never; the stored secret is never sent to another issuer or client.
 */
@Injectable()
export class SingleSignOnSettingsService {
  constructor(
    private readonly repository: SingleSignOnRepository,
    private readonly connections: OpenIdConnections,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditTrail,
    private readonly accountMail: AccountMail,
    @Inject(SSO_SECRET_BOX) private readonly secrets: SecretBox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  read(actor: Actor): Promise<SingleSignOnSettings> {
    return this.unitOfWork.run(actor, async (tx) => this.settings(await this.repository.providerOf(tx, actor.organizationId)));
  }

  async change(actor: Actor, request: UpdateSingleSignOnRequest): Promise<SingleSignOnSettings> {
    const issuer = canonicalIssuer(request.issuer);
    if (issuer === null) throw SingleSignOnException.invalidSettings('issuer', 'issuer must be the provider’s URL, with no query, fragment or user name');
    if (new URL(issuer).protocol !== 'https:' && !isLoopback(issuer)) throw SingleSignOnException.invalidSettings('issuer', 'issuer must be an https URL');
    const allowedDomains = [...new Set(request.allowedDomains)].sort();
    const publicDomains = allowedDomains.filter((domain) => PUBLIC_EMAIL_DOMAINS.includes(domain));
    if (publicDomains.length > 0)
      throw SingleSignOnException.invalidSettings(
        'allowedDomains',
        `${publicDomains.join(', ')}: anyone can have an address there, so no organization signs it in.`,
      );
    const previous = await this.unitOfWork.run(actor, (tx) => this.repository.providerOf(tx, actor.organizationId));
    const sameClient = previous !== null && previous.issuer === issuer && previous.clientId === request.clientId;
    if (request.clientSecret === undefined && !sameClient)
      throw SingleSignOnException.invalidSettings(
        'clientSecret',
        previous
          ? 'Enter the client secret of this issuer and client: the stored one is never sent to another.'
          : 'clientSecret is required to set a provider up',
      );
    const clientSecret = request.clientSecret ?? this.secrets.open((previous as StoredProvider).sealedClientSecret).toString('utf8');
    try {
      await this.connections.configuration({ issuer, clientId: request.clientId, clientSecret });
    } catch (error) {
      const reason = error instanceof Error && error.message.startsWith("the provider's metadata") ? `: ${error.message}` : '';
      throw SingleSignOnException.invalidSettings('issuer', `${issuer} did not answer as an OpenID provider (its /.well-known/openid-configuration)${reason}.`);
    }
    const next = { issuer, clientId: request.clientId, allowedDomains, passwordSignIn: request.passwordSignIn, trustProviderMfa: request.trustProviderMfa };
    return this.unitOfWork.run(actor, async (tx) => {
      // Decided against the row as it stands now, locked: another admin's save or a director's approval may have come
      // in while the provider answered discovery, and an approval must never carry over to settings it did not cover.
      const current = await this.repository.providerOf(tx, actor.organizationId, true);
      const approvalNeeded = current?.status !== 'active' || needsDirectorApproval(current, next);
      const taken = await this.repository.domainsOfOthers(tx, actor.organizationId, allowedDomains);
      if (taken.length > 0) throw SingleSignOnException.domainsTaken(taken);
      const unproven = await this.repository.domainsWithoutProvenMailbox(tx, actor.organizationId, allowedDomains);
      if (unproven.length > 0) throw SingleSignOnException.domainsUnproven(unproven);
      await this.repository.save(tx, {
        ...next,
        organizationId: actor.organizationId,
        sealedClientSecret: this.secrets.seal(Buffer.from(clientSecret, 'utf8')),
        proposedBy: actor.userId,
        approvalNeeded,
      });
      // Read back rather than echoed: a domain another organization claimed in the same instant is not ours.
      const saved = (await this.repository.providerOf(tx, actor.organizationId)) as StoredProvider;
      await this.audit.record(tx, actor, {
        action: 'organization.single_sign_on_change',
        entityType: 'organization',
        entityId: actor.organizationId,
        detail: {
          from: current ? auditedPart(current) : null,
          to: auditedPart(saved),
          clientSecretChanged: request.clientSecret !== undefined,
          approvalNeeded,
        },
      });
      // Once per wait: a proposal changed again before anyone decided is on the Approvals page as it now stands.
      if (approvalNeeded && current?.status !== 'awaiting_approval') await this.tellDirectors(tx, actor.organizationId, saved.proposedAt);
      return this.settings(saved);
    });
  }

  /** A director approves the proposal they read (`proposedAt`): from now on it signs people in. */
  approve(actor: Actor, proposedAt: string): Promise<SingleSignOnSettings> {
    return this.decide(actor, proposedAt, async (tx, provider) => {
      const taken = await this.repository.domainsOfOthers(tx, actor.organizationId, provider.allowedDomains);
      if (taken.length > 0) throw SingleSignOnException.domainsTaken(taken);
      await this.repository.approve(tx, actor.organizationId, actor.userId);
      return this.repository.providerOf(tx, actor.organizationId);
    });
  }

  /** A director declines the proposal: the provider is removed, and everyone signs in with a password. */
  decline(actor: Actor, proposedAt: string): Promise<SingleSignOnSettings> {
    return this.decide(actor, proposedAt, async (tx) => {
      await this.repository.remove(tx, actor.organizationId);
      return null;
    });
  }

  /** Removes the provider: everyone signs in with a password again. */
  remove(actor: Actor): Promise<SingleSignOnSettings> {
    return this.unitOfWork.run(actor, async (tx) => {
      const previous = await this.repository.providerOf(tx, actor.organizationId);
      if (previous && (await this.repository.remove(tx, actor.organizationId)))
        await this.audit.record(tx, actor, {
          action: 'organization.single_sign_on_change',
          entityType: 'organization',
          entityId: actor.organizationId,
          detail: { from: auditedPart(previous), to: null },
        });
      return this.settings(null);
    });
  }

  private decide(
    actor: Actor,
    proposedAt: string,
    decision: (tx: SqlRunner, provider: StoredProvider) => Promise<StoredProvider | null>,
  ): Promise<SingleSignOnSettings> {
    return this.unitOfWork.run(actor, async (tx) => {
      const provider = await this.repository.providerOf(tx, actor.organizationId, true);
      if (!provider || provider.status !== 'awaiting_approval') throw SingleSignOnException.nothingAwaitsApproval();
      if (provider.proposedAt !== proposedAt) throw SingleSignOnException.proposalChanged(provider.proposedAt);
      const decided = await decision(tx, provider);
      await this.audit.record(tx, actor, {
        action: decided ? 'organization.single_sign_on_approve' : 'organization.single_sign_on_decline',
        entityType: 'organization',
        entityId: actor.organizationId,
        detail: { provider: auditedPart(provider) },
      });
      return this.settings(decided);
    });
  }

  private async tellDirectors(tx: SqlRunner, organizationId: string, proposedAt: string): Promise<void> {
    for (const directorId of await this.repository.directorsOf(tx, organizationId))
      await this.accountMail.singleSignOnAwaitsApproval(tx, directorId, proposedAt);
  }

  private settings(provider: StoredProvider | null): SingleSignOnSettings {
    if (!provider) return { redirectUri: redirectUriOf(this.config), provider: null };
    const { organizationId: _organizationId, sealedClientSecret: _sealed, ...state } = provider;
    return { redirectUri: redirectUriOf(this.config), provider: state };
  }
}

/** What the audit trail keeps of a provider: everything an admin set but the secret. */
function auditedPart(provider: SingleSignOnState) {
  const { issuer, clientId, allowedDomains, passwordSignIn, trustProviderMfa, status } = provider;
  return { issuer, clientId, allowedDomains, passwordSignIn, trustProviderMfa, status };
}
