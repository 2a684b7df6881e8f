// A signed-in browser-like client: keeps cookies, sends the CSRF header as the dashboard does, asks for brotli or
// gzip as browsers do and decodes the answer. Built on node:http with keep-alive rather than fetch, whose own CPU
// cost (about 1.1 ms a request here against 0.5 ms) would be taken from the API under test on a 2-core machine.
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const DECODE = { br: brotliDecompressSync, gzip: gunzipSync };

export class HttpSession {
  #cookies = new Map();
  #agent = new http.Agent({ keepAlive: true });

  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Signs in (a GET first fetches the XSRF-TOKEN cookie that the POST must echo). */
  async signIn(email, password) {
    await this.request('GET', '/api/health');
    const response = await this.request('POST', '/api/auth/login', { email, password });
    if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status} ${response.text}`);
  }

  /** One request; resolves after the whole answer was read and decoded (so timing covers all of it). */
  async json(method, path, body, headers = {}) {
    const { status, text } = await this.request(method, path, body, headers);
    if (status >= 300) throw new Error(`${method} ${path} answered ${status}: ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : undefined;
  }

  /**
   * One GET whose answer is read to its end but not decoded or parsed, as a load generator does (autocannon too):
   * decoding and parsing a 136 KB trend cost the client about 3 ms of the CPU the API under test needs.
   */
  async drain(path) {
    const { status, bytes } = await this.request('GET', path, undefined, {}, { decode: false });
    if (status !== 200) throw new Error(`GET ${path} answered ${status}`);
    return bytes;
  }

  /** Resolves with `{ status, headers, text }` (`bytes` instead of `text` without decoding); rejects after `timeoutMs`. */
  request(method, path, body, headers = {}, { decode = true, timeoutMs = 30_000 } = {}) {
    const xsrf = this.#cookies.get('XSRF-TOKEN');
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const request = http.request(
        this.baseUrl + path,
        {
          method,
          agent: this.#agent,
          headers: {
            'accept-encoding': 'br, gzip',
            cookie: [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; '),
            ...(method !== 'GET' && xsrf ? { 'x-xsrf-token': xsrf } : {}),
            ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
            ...headers,
          },
        },
        (response) => {
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            this.#keepCookies(response.headers['set-cookie'] ?? []);
            const raw = Buffer.concat(chunks);
            if (!decode) return resolve({ status: response.statusCode, headers: response.headers, bytes: raw.length });
            const decoder = DECODE[response.headers['content-encoding']];
            resolve({ status: response.statusCode, headers: response.headers, text: (decoder ? decoder(raw) : raw).toString('utf8') });
          });
        },
      );
      request.on('error', reject);
      request.setTimeout(timeoutMs, () => request.destroy(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'TIMEOUT' })));
      request.end(payload);
    });
  }

  #keepCookies(setCookies) {
    for (const cookie of setCookies) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
      if (value) this.#cookies.set(name, value);
      else this.#cookies.delete(name);
    }
  }
}
