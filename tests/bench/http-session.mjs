// A signed-in browser-like client over fetch: keeps cookies and sends the CSRF header as the dashboard does.

export class HttpSession {
  #cookies = new Map();

  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Signs in (a GET first fetches the XSRF-TOKEN cookie that the POST must echo). */
  async signIn(email, password) {
    await this.request('GET', '/api/health');
    const response = await this.request('POST', '/api/auth/login', { email, password });
    if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  }

  /** One request; resolves with the response after its body was read (so timing covers the whole answer). */
  async json(method, path, body, headers = {}) {
    const response = await this.request(method, path, body, headers);
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : undefined;
  }

  async request(method, path, body, headers = {}) {
    const xsrf = this.#cookies.get('XSRF-TOKEN');
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: {
        cookie: [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(method !== 'GET' && xsrf ? { 'x-xsrf-token': xsrf } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
      if (value) this.#cookies.set(name, value);
      else this.#cookies.delete(name);
    }
    return response;
  }
}
