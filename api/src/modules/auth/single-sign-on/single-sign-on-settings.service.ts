import { Inject, Injectable } from '@nestjs/common';
import type { SingleSignOnProvider, SingleSignOnSettings, UpdateSingleSignOnRequest } from '@cohesion/contracts';
import type { Actor } from '../../../common/actor';
import { SecretBox } from '../../../common/secret-box';
import type { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import { UnitOfWork } from '../../../database/unit-of-work';
import { AuditTrail } from '../../audit/audit-trail';
import { isLoopback, OpenIdConnections } from './openid-connections';
import { SingleSignOnException } from './single-sign-on.exception';
import { SingleSignOnRepository, type StoredProvider } from './single-sign-on.repository';

export const SSO_SECRET_BOX = 'SSO_SECRET_BOX';

/** Where providers send the browser back: a dashboard page that hands the answer to the API. */
export const redirectUriOf = (config: Pick<AppConfig, 'publicUrl'>) => `${config.publicUrl}/sign-in/sso`;

/**
 * An organization's admins set up its OpenID Connect provider. A provider is saved only after it answered discovery
 * as the issuer it claims to be; every change is audited, the client secret never.
 */
@Injectable()
export class SingleSignOnSettingsService {
  constructor(
    private readonly repository: SingleSignOnRepository,
    private readonly connections: OpenIdConnections,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditTrail,
    @Inject(SSO_SECRET_BOX) private readonly secrets: SecretBox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  read(actor: Actor): Promise<SingleSignOnSettings> {
    return this.unitOfWork.run(actor, async (tx) => this.settings(await this.repository.providerOf(tx, actor.organizationId)));
  }

  async change(actor: Actor, request: UpdateSingleSignOnRequest): Promise<SingleSignOnSettings> {
    const issuer = request.issuer.replace(/\/+$/, '');
    if (new URL(issuer).protocol !== 'https:' && !isLoopback(issuer)) throw SingleSignOnException.invalidSettings('issuer', 'issuer must be an https URL');
    const allowedDomains = [...new Set(request.allowedDomains)].sort();
    const previous = await this.unitOfWork.run(actor, (tx) => this.repository.providerOf(tx, actor.organizationId));
    const clientSecret = request.clientSecret ?? (previous ? this.secrets.open(previous.sealedClientSecret).toString('utf8') : null);
    if (clientSecret === null) throw SingleSignOnException.invalidSettings('clientSecret', 'clientSecret is required to set a provider up');
    try {
      await this.connections.configuration({ issuer, clientId: request.clientId, clientSecret });
    } catch {
      throw SingleSignOnException.invalidSettings('issuer', `${issuer} did not answer as an OpenID provider (its /.well-known/openid-configuration).`);
    }
    return this.unitOfWork.run(actor, async (tx) => {
      const taken = await this.repository.domainsOfOthers(tx, actor.organizationId, allowedDomains);
      if (taken.length > 0) throw SingleSignOnException.domainsTaken(taken);
      const provider: StoredProvider = {
        organizationId: actor.organizationId,
        issuer,
        clientId: request.clientId,
        sealedClientSecret: this.secrets.seal(Buffer.from(clientSecret, 'utf8')),
        allowedDomains,
        passwordSignIn: request.passwordSignIn,
        trustProviderMfa: request.trustProviderMfa,
      };
      await this.repository.save(tx, provider);
      // Read back rather than echoed: a domain another organization claimed in the same instant is not ours.
      const saved = (await this.repository.providerOf(tx, actor.organizationId)) as StoredProvider;
      await this.audit.record(tx, actor, {
        action: 'organization.single_sign_on_change',
        entityType: 'organization',
        entityId: actor.organizationId,
        detail: { from: previous ? publicPart(previous) : null, to: publicPart(saved), clientSecretChanged: request.clientSecret !== undefined },
      });
      return this.settings(saved);
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
          detail: { from: publicPart(previous), to: null },
        });
      return this.settings(null);
    });
  }

  private settings(provider: StoredProvider | null): SingleSignOnSettings {
    return { redirectUri: redirectUriOf(this.config), provider: provider ? publicPart(provider) : null };
  }
}

function publicPart(provider: StoredProvider): SingleSignOnProvider {
  const { issuer, clientId, allowedDomains, passwordSignIn, trustProviderMfa } = provider;
  return { issuer, clientId, allowedDomains, passwordSignIn, trustProviderMfa };
}
