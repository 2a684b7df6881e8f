import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on through an organization's OpenID Connect provider. The client secret is sealed with a key derived
 * from COHESION_SECRET_KEY, like the second-factor secrets. Whoever configures the provider decides who anyone is, so
 * an admin's provider signs nobody in until a clinical director approved it (`approved_at`), as for a clinical role. An email domain belongs to one organization at most, so
 * the sign-in page finds the provider from the address alone. A sign-in under way keeps its state, nonce and PKCE
 * verifier here for ten minutes, found by the hash of a cookie that only the browser which started it holds. These
 * tables are read before anyone is signed in, so, like the staff tables, they stay outside row-level security.
 */
export class SingleSignOn1765430000000 implements MigrationInterface {
  name = 'SingleSignOn1765430000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organization_sso (
        organization_id uuid PRIMARY KEY REFERENCES organization (id),
        issuer text NOT NULL,
        client_id text NOT NULL,
        sealed_client_secret bytea NOT NULL,
        password_sign_in boolean NOT NULL DEFAULT true,
        trust_provider_mfa boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        proposed_by uuid NOT NULL REFERENCES staff_user (id),
        proposed_at timestamptz NOT NULL,
        approved_by uuid REFERENCES staff_user (id),
        approved_at timestamptz,
        -- What the last approval covered (issuer, client, domains, trust), so that a director sees what a change changes.
        approved_settings jsonb,
        CONSTRAINT organization_sso_approval CHECK ((approved_at IS NULL) = (approved_by IS NULL))
      );
      CREATE TABLE sso_domain (
        domain text PRIMARY KEY CONSTRAINT sso_domain_lower_case CHECK (domain = lower(domain)),
        organization_id uuid NOT NULL REFERENCES organization_sso (organization_id) ON DELETE CASCADE
      );
      CREATE INDEX sso_domain_organization ON sso_domain (organization_id);
      CREATE TABLE sso_sign_in (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization (id),
        browser_token_hash bytea NOT NULL CONSTRAINT sso_sign_in_browser UNIQUE,
        state text NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      );
      CREATE INDEX sso_sign_in_expiry ON sso_sign_in (expires_at);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE sso_sign_in; DROP TABLE sso_domain; DROP TABLE organization_sso;`);
  }
}
