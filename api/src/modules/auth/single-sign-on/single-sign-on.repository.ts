import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SingleSignOnProvider, SingleSignOnState } from '@cohesion/contracts';
import type { SqlRunner } from '../../audit/audit.repository';
import { updateReturning } from '../../../database/update-returning';
import type { SignInChecks } from './openid-connections';

/** An organization's provider as stored: its client secret still sealed. */
export interface StoredProvider extends SingleSignOnState {
  organizationId: string;
  sealedClientSecret: Buffer;
}

/** What an admin saves; `approvalNeeded` sets the provider aside until a director approves it. */
export interface ProviderChange extends SingleSignOnProvider {
  organizationId: string;
  sealedClientSecret: Buffer;
  proposedBy: string;
  approvalNeeded: boolean;
}

/** A sign-in under way, taken (once) by the browser that started it. */
export interface PendingSignIn extends SignInChecks {
  organizationId: string;
}

const PROVIDER_COLUMNS = `
  p.organization_id AS "organizationId", p.issuer, p.client_id AS "clientId", p.sealed_client_secret AS "sealedClientSecret",
  p.password_sign_in AS "passwordSignIn", p.trust_provider_mfa AS "trustProviderMfa",
  ARRAY(SELECT d.domain FROM sso_domain d WHERE d.organization_id = p.organization_id ORDER BY d.domain) AS "allowedDomains",
  CASE WHEN p.approved_at IS NULL THEN 'awaiting_approval' ELSE 'active' END AS status,
  proposer.display_name AS "proposedBy", proposer.email AS "proposedByEmail",
  CASE WHEN p.approved_at IS NULL THEN p.approved_settings END AS "previouslyApproved", to_char(p.proposed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "proposedAt",
  approver.display_name AS "approvedBy", to_char(p.approved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "approvedAt"`;
const PROVIDERS = `organization_sso p JOIN staff_user proposer ON proposer.id = p.proposed_by LEFT JOIN staff_user approver ON approver.id = p.approved_by`;

@Injectable()
export class SingleSignOnRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async providerOf(runner: SqlRunner, organizationId: string, lock = false): Promise<StoredProvider | null> {
    const rows: StoredProvider[] = await runner.query(
      `SELECT ${PROVIDER_COLUMNS} FROM ${PROVIDERS} WHERE p.organization_id = $1 ${lock ? 'FOR UPDATE OF p' : ''}`,
      [organizationId],
    );
    return rows[0] ?? null;
  }

  /** The approved provider that signs in this email domain, if any. */
  async providerForDomain(domain: string): Promise<StoredProvider | null> {
    const rows: StoredProvider[] = await this.db.query(
      `SELECT ${PROVIDER_COLUMNS} FROM ${PROVIDERS} JOIN sso_domain d ON d.organization_id = p.organization_id
        WHERE d.domain = $1 AND p.approved_at IS NOT NULL`,
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

  /**
   * Which of `domains` no enabled account of the organization has shown it receives mail at (by choosing its password
   * through an emailed invitation or reset link).
   */
  async domainsWithoutProvenMailbox(tx: SqlRunner, organizationId: string, domains: string[]): Promise<string[]> {
    const rows: { domain: string }[] = await tx.query(
      `SELECT d AS domain FROM unnest($2::text[]) d
        WHERE NOT EXISTS (SELECT 1 FROM staff_user u WHERE u.organization_id = $1 AND u.disabled_at IS NULL AND u.password_hash IS NOT NULL
                             AND lower(substring(u.email from '@([^@]*)$')) = d)
        ORDER BY d`,
      [organizationId, domains],
    );
    return rows.map((row) => row.domain);
  }

  async save(tx: SqlRunner, change: ProviderChange): Promise<void> {
    await tx.query(
      `INSERT INTO organization_sso (organization_id, issuer, client_id, sealed_client_secret, password_sign_in, trust_provider_mfa, proposed_by, proposed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (organization_id) DO UPDATE SET issuer = $2, client_id = $3, sealed_client_secret = $4, password_sign_in = $5,
         trust_provider_mfa = $6, updated_at = now(),
         proposed_by = CASE WHEN $8 THEN $7 ELSE organization_sso.proposed_by END,
         proposed_at = CASE WHEN $8 THEN now() ELSE organization_sso.proposed_at END,
         approved_by = CASE WHEN $8 THEN NULL ELSE organization_sso.approved_by END,
         approved_at = CASE WHEN $8 THEN NULL ELSE organization_sso.approved_at END`,
      [
        change.organizationId,
        change.issuer,
        change.clientId,
        change.sealedClientSecret,
        change.passwordSignIn,
        change.trustProviderMfa,
        change.proposedBy,
        change.approvalNeeded,
      ],
    );
    await tx.query(`DELETE FROM sso_domain WHERE organization_id = $1 AND domain <> ALL($2)`, [change.organizationId, change.allowedDomains]);
    await tx.query(`INSERT INTO sso_domain (domain, organization_id) SELECT unnest($2::text[]), $1 ON CONFLICT DO NOTHING`, [
      change.organizationId,
      change.allowedDomains,
    ]);
  }

  /** The enabled, approved clinical directors of the organization. */
  async directorsOf(tx: SqlRunner, organizationId: string): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(
      `SELECT id FROM staff_user WHERE organization_id = $1 AND role = 'director' AND disabled_at IS NULL AND pending_since IS NULL ORDER BY id`,
      [organizationId],
    );
    return rows.map((row) => row.id);
  }

  async approve(tx: SqlRunner, organizationId: string, directorId: string): Promise<void> {
    await tx.query(
      `UPDATE organization_sso p SET approved_by = $2, approved_at = now(),
              approved_settings = jsonb_build_object('issuer', p.issuer, 'clientId', p.client_id, 'trustProviderMfa', p.trust_provider_mfa,
                'allowedDomains', to_jsonb(ARRAY(SELECT d.domain FROM sso_domain d WHERE d.organization_id = p.organization_id ORDER BY d.domain)))
        WHERE p.organization_id = $1`,
      [organizationId, directorId],
    );
  }

  /** Removes the provider (and its domains); false when there was none. */
  async remove(tx: SqlRunner, organizationId: string): Promise<boolean> {
    return (await updateReturning(tx, `DELETE FROM organization_sso WHERE organization_id = $1 RETURNING organization_id`, [organizationId])).length === 1;
  }

  /** Keeps what a new sign-in must be checked against, for `lifetimeSeconds`; forgets the expired ones. */
  async startSignIn(organizationId: string, browserTokenHash: Buffer, checks: SignInChecks, lifetimeSeconds: number): Promise<void> {
    await this.db.query(`DELETE FROM sso_sign_in WHERE expires_at < now()`);
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
