import { Injectable } from '@nestjs/common';
import * as openid from 'openid-client';

/** What Cohesion needs to talk to an organization's provider: its issuer and our client's credentials there. */
export interface ProviderClient {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** A sign-in under way: the values the provider's answer must match, kept by us and never by the browser. */
export interface SignInChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Who the provider says signed in. */
export interface ProviderIdentity {
  email: string | null;
  /** The provider vouches that the person controls this address. */
  emailVerified: boolean;
  /** Authentication methods the provider asserts (RFC 8176), `mfa` among them after a second factor. */
  amr: string[];
}

/** How long a provider's metadata and keys are reused before they are fetched again. */
const METADATA_LIFETIME_MS = 60 * 60 * 1000;
const REQUEST_TIMEOUT_SECONDS = 10;

/**
 * Speaks OpenID Connect to organizations' providers through `openid-client`: the authorization code flow with PKCE,
 * state and nonce. Providers are found by discovery and kept for an hour. Plain http is refused, except for a
 * provider on this machine's loopback address (a test provider, a development setup).
 */
@Injectable()
export class OpenIdConnections {
  private readonly cache = new Map<string, { configuration: Promise<openid.Configuration>; fetchedAt: number }>();

  /** Discovers the provider (or reuses its recent discovery); rejects when it cannot be reached or is not one. */
  configuration(client: ProviderClient): Promise<openid.Configuration> {
    const key = JSON.stringify([client.issuer, client.clientId, client.clientSecret]);
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.fetchedAt < METADATA_LIFETIME_MS) return cached.configuration;
    const configuration = openid
      .discovery(new URL(client.issuer), client.clientId, client.clientSecret, undefined, {
        timeout: REQUEST_TIMEOUT_SECONDS,
        // The ID token's signature is checked against the provider's keys too, not only the TLS of the token endpoint.
        execute: isLoopback(client.issuer) ? [openid.allowInsecureRequests, openid.enableNonRepudiationChecks] : [openid.enableNonRepudiationChecks],
        [openid.customFetch]: httpsOrLoopbackOnly,
      })
      .then(refusePlainHttpEndpoints);
    this.cache.set(key, { configuration, fetchedAt: Date.now() });
    configuration.catch(() => this.cache.delete(key));
    return configuration;
  }

  static newChecks(): SignInChecks {
    return { state: openid.randomState(), nonce: openid.randomNonce(), codeVerifier: openid.randomPKCECodeVerifier() };
  }

  async authorizationUrl(client: ProviderClient, checks: SignInChecks, redirectUri: string, loginHint: string): Promise<string> {
    const configuration = await this.configuration(client);
    return openid
      .buildAuthorizationUrl(configuration, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        state: checks.state,
        nonce: checks.nonce,
        code_challenge: await openid.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
        login_hint: loginHint,
      })
      .toString();
  }

  /**
   * Trades the code the browser brought back for tokens, after `openid-client` has checked the state, the ID token's
   * signature, issuer, audience, lifetime and nonce. Scope claims missing from the ID token come from userinfo.
   */
  async identity(client: ProviderClient, checks: SignInChecks, callbackUrl: URL): Promise<ProviderIdentity> {
    const configuration = await this.configuration(client);
    const tokens = await openid.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) throw new openid.ClientError('the provider sent no ID token');
    const claims: Record<string, unknown> =
      typeof idToken['email'] === 'string' ? idToken : { ...(await openid.fetchUserInfo(configuration, tokens.access_token, idToken.sub)), amr: idToken.amr };
    return {
      email: usableEmail(claims['email']),
      // Microsoft Entra ID says it with `xms_edov` (the email's domain owner verified it) and no email_verified.
      emailVerified:
        claims['email_verified'] === true ||
        (claims['email_verified'] === undefined && claims['xms_edov'] === true && new URL(client.issuer).hostname === 'login.microsoftonline.com'),
      amr: Array.isArray(claims['amr']) ? claims['amr'].filter((method): method is string => typeof method === 'string') : [],
    };
  }
}

export function isLoopback(url: string | URL): boolean {
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === '[::1]' || host === 'localhost';
}

/**
 * Every request to a provider (discovery, keys, tokens, userinfo) goes over https, or to this machine's loopback
 * address: a loopback provider's metadata cannot send the code and the client secret elsewhere in the clear.
 */
const httpsOrLoopbackOnly: openid.CustomFetch = (url, options) => {
  const target = new URL(url);
  if (target.protocol !== 'https:' && !isLoopback(target)) return Promise.reject(new openid.ClientError(`refused a plain-http request to ${target.host}`));
  return fetch(url, options as RequestInit);
};

/** A provider whose metadata names a plain-http address elsewhere than loopback could never be used: refused at once. */
function refusePlainHttpEndpoints(configuration: openid.Configuration): openid.Configuration {
  const metadata = configuration.serverMetadata();
  for (const endpoint of [metadata.authorization_endpoint, metadata.token_endpoint, metadata.jwks_uri, metadata.userinfo_endpoint]) {
    if (endpoint && new URL(endpoint).protocol !== 'https:' && !isLoopback(endpoint))
      throw new openid.ClientError(`the provider's metadata names a plain-http address (${new URL(endpoint).host})`);
  }
  return configuration;
}

/**
 * An issuer as Cohesion stores and shows it: the URL parsed and written back (dot segments resolved, so what a
 * director approves is what discovery fetches), without a trailing slash; null when it is no issuer identifier
 * (OpenID issuers carry no query, fragment or user name).
 */
export function canonicalIssuer(typed: string): string | null {
  let url: URL;
  try {
    url = new URL(typed.trim());
  } catch {
    return null;
  }
  if (url.search || url.hash || url.username || url.password || !['https:', 'http:'].includes(url.protocol)) return null;
  return url.href.replace(/\/+$/, '');
}

/** The provider's email as Cohesion can look an account up by, or null: one line, an @, at most 254 characters. */
function usableEmail(claim: unknown): string | null {
  if (typeof claim !== 'string') return null;
  const email = claim.trim().toLowerCase();
  return email.length <= 254 && /^[^\s@\p{Cc}\p{Cf}]+@[^\s@\p{Cc}\p{Cf}]+$/u.test(email) ? email : null;
}
