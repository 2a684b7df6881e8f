import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SingleSignOnProvider } from '@cohesion/contracts';
import type { SqlRunner } from '../../audit/audit.repository';
import { updateReturning } from '../../../database/update-returning';
import type { SignInChecks } from './openid-connections';

/** An organization's provider as stored: its client secret still sealed. */
export interface StoredProvider extends SingleSignOnProvider {
  organizationId: string;
  sealedClientSecret: Buffer;
}

/** A sign-in under way, taken (once) by the browser that started it. */
export interface PendingSignIn extends SignInChecks {
  organizationId: string;
}

const PROVIDER_COLUMNS = `
  p.organization_id AS "organizationId", p.issuer, p.client_id AS "clientId", p.sealed_client_secret AS "sealedClientSecret",
  p.password_sign_in AS "passwordSignIn", p.trust_provider_mfa AS "trustProviderMfa",
  ARRAY(SELECT d.domain FROM sso_domain d WHERE d.organization_id = p.organization_id ORDER BY d.domain) AS "allowedDomains"`;

@Injectable()
export class SingleSignOnRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async providerOf(runner: SqlRunner, organizationId: string): Promise<StoredProvider | null> {
    const rows: StoredProvider[] = await runner.query(`SELECT ${PROVIDER_COLUMNS} FROM organization_sso p WHERE p.organization_id = $1`, [organizationId]);
    return rows[0] ?? null;
  }

  async providerForDomain(domain: string): Promise<StoredProvider | null> {
    const rows: StoredProvider[] = await this.db.query(
      `SELECT ${PROVIDER_COLUMNS} FROM organization_sso p JOIN sso_domain d ON d.organization_id = p.organization_id WHERE d.domain = $1`,
      [domain],
    );
    return rows[0] ?? null;
  }

  /** Which of `domains` another organization signs in already. */
  async domainsOfOthers(tx: SqlRunner, organizationId: string, domains: string[]): Promise<string[]> {
    const rows: { domain: string }[] = await tx.query(`SELECT domain FROM sso_domain WHERE domain = ANY($1) AND organization_id <> $2 ORDER BY domain`, [
      domains,
      organizationId,
    ]);
    return rows.map((row) => row.domain);
  }

  async save(tx: SqlRunner, provider: StoredProvider): Promise<void> {
    await tx.query(
      `INSERT INTO organization_sso (organization_id, issuer, client_id, sealed_client_secret, password_sign_in, trust_provider_mfa)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (organization_id) DO UPDATE SET issuer = $2, client_id = $3, sealed_client_secret = $4, password_sign_in = $5,
         trust_provider_mfa = $6, updated_at = now()`,
      [provider.organizationId, provider.issuer, provider.clientId, provider.sealedClientSecret, provider.passwordSignIn, provider.trustProviderMfa],
    );
    await tx.query(`DELETE FROM sso_domain WHERE organization_id = $1 AND domain <> ALL($2)`, [provider.organizationId, provider.allowedDomains]);
    await tx.query(`INSERT INTO sso_domain (domain, organization_id) SELECT unnest($2::text[]), $1 ON CONFLICT DO NOTHING`, [
      provider.organizationId,
      provider.allowedDomains,
    ]);
  }

  /** Removes the provider (and its domains); false when there was none. */
  async remove(tx: SqlRunner, organizationId: string): Promise<boolean> {
    return (await updateReturning(tx, `DELETE FROM organization_sso WHERE organization_id = $1 RETURNING organization_id`, [organizationId])).length === 1;
  }

  /** Keeps what a new sign-in must be checked against, for `lifetimeSeconds`; forgets the long-expired ones. */
  async startSignIn(organizationId: string, browserTokenHash: Buffer, checks: SignInChecks, lifetimeSeconds: number): Promise<void> {
    await this.db.query(`DELETE FROM sso_sign_in WHERE expires_at < now() - interval '1 day'`);
    await this.db.query(
      `INSERT INTO sso_sign_in (organization_id, browser_token_hash, state, nonce, code_verifier, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6))`,
      [organizationId, browserTokenHash, checks.state, checks.nonce, checks.codeVerifier, lifetimeSeconds],
    );
  }

  /** The sign-in this browser started, used up by this call; null if unknown, used or expired. */
  async takeSignIn(browserTokenHash: Buffer): Promise<PendingSignIn | null> {
    const rows = await updateReturning<PendingSignIn>(
      this.db,
      `UPDATE sso_sign_in SET used_at = now() WHERE browser_token_hash = $1 AND used_at IS NULL AND expires_at > now()
       RETURNING organization_id AS "organizationId", state, nonce, code_verifier AS "codeVerifier"`,
      [browserTokenHash],
    );
    return rows[0] ?? null;
  }
}
