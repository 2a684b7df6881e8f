import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export interface TestResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The body's bytes, for answers that are not text (a PDF). */
  rawPayload: Buffer;
  json<T = any>(): T; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A browser-like client over Fastify inject: keeps cookies and sends the CSRF header as Angular does. */
export class TestClient {
  private readonly cookies = new Map<string, string>();

  /** `remoteAddress`: the client's address as the server sees it (inject's default is 127.0.0.1). */
  constructor(
    private readonly app: NestFastifyApplication,
    private readonly remoteAddress?: string,
  ) {}

  get(url: string, headers: Record<string, string> = {}) {
    return this.request('GET', url, undefined, headers);
  }

  post(url: string, body?: unknown, headers: Record<string, string> = {}) {
    return this.request('POST', url, body, headers);
  }

  async signIn(email: string, password: string): Promise<TestResponse> {
    const response = await this.post('/api/auth/login', { email, password });
    if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status} ${response.body}`);
    return response;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** Carries a cookie from now on, as a browser that received it would. */
  setCookie(name: string, value: string): this {
    this.cookies.set(name, value);
    return this;
  }

  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<TestResponse> {
    if (method !== 'GET' && !this.cookies.has('XSRF-TOKEN')) await this.request('GET', '/api/health');
    const xsrf = this.cookies.get('XSRF-TOKEN');
    const response = await this.app.inject({
      method: method as 'GET',
      url,
      ...(this.remoteAddress ? { remoteAddress: this.remoteAddress } : {}),
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(method !== 'GET' && xsrf ? { 'x-xsrf-token': xsrf } : {}),
        ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      payload: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    for (const cookie of response.cookies) {
      // The API clears a cookie with an empty value expiring at the epoch (Fastify's clearCookie).
      if (cookie.value === '' || (cookie.expires && cookie.expires.getTime() <= 0)) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return {
      status: response.statusCode,
      headers: response.headers as TestResponse['headers'],
      body: response.body,
      rawPayload: response.rawPayload,
      json: () => JSON.parse(response.body),
    };
  }
}
