import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';

/** Someone the test provider knows, by their email: whether it vouches for the address, and how they signed in. */
export interface TestIdentity {
  emailVerified: boolean;
  /** Authentication methods (RFC 8176) asserted in the ID token, `['pwd', 'mfa']` for a second factor. */
  amr?: string[];
  /** The email claim, when the provider says something else than the address the person was asked to sign in as. */
  email?: string;
}

export interface TestOpenIdProviderOptions {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  people: Record<string, TestIdentity>;
}

/**
 * A real OpenID provider (`oidc-provider`) on a free loopback port, for tests. Its sign-in page signs in whoever the
 * client named in `login_hint`, after one click on Continue, so a browser test walks the same pages a person would.
 * Scope claims (email, email_verified) come from the userinfo endpoint, as Okta's do, not from the ID token.
 */
export class TestOpenIdProvider {
  private constructor(
    private readonly server: Server,
    readonly issuer: string,
    readonly people: Record<string, TestIdentity>,
  ) {}

  static async start(options: TestOpenIdProviderOptions): Promise<TestOpenIdProvider> {
    const server = createServer();
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const provider = new Provider(issuer, configuration(options));
    const answerProvider = provider.callback();
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      const handled = /^\/interaction\/[\w-]+$/.test(req.url ?? '') ? interaction(provider, req, res, options.people) : answerProvider(req, res);
      void Promise.resolve(handled).catch((error: Error) => res.writeHead(500).end(error.message));
    });
    return new TestOpenIdProvider(server, issuer, options.people);
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((done) => this.server.close(() => done()));
  }
}

function configuration(options: TestOpenIdProviderOptions): Configuration {
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  return {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: 'test', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['test-openid-provider'] },
    // amr under the openid scope: put in every ID token, as Entra ID and Okta do.
    claims: { openid: ['sub', 'amr'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    interactions: { url: (_ctx, details) => `/interaction/${details.uid}` },
    findAccount: (_ctx, accountId) => ({
      accountId,
      claims: () => ({
        sub: accountId,
        email: options.people[accountId]?.email ?? accountId,
        email_verified: options.people[accountId]?.emailVerified ?? false,
      }),
    }),
    // Consent is taken as given: the client is the organization's own.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client?.clientId, accountId: ctx.oidc.session?.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  };
}

/** GET shows who is about to sign in; POST (the Continue button) signs them in. */
async function interaction(provider: Provider, req: IncomingMessage, res: ServerResponse, people: Record<string, TestIdentity>): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  const email = String(details.params['login_hint'] ?? '');
  if (req.method === 'POST') {
    const amr = people[email]?.amr ?? ['pwd'];
    await provider.interactionFinished(req, res, { login: { accountId: email, amr } }, { mergeWithLastSubmission: false });
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
    `<!doctype html><html lang="en"><title>Test identity provider</title><main><h1>Test identity provider</h1>
     <p>Signing in as <b>${email.replace(/[<>&"]/g, '')}</b>.</p>
     <form method="post"><button type="submit">Continue</button></form></main></html>`,
  );
}
