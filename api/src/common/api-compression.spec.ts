import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startTestApp } from '../../test/test-app';
import { preferredEncoding } from './api-compression';

describe('API answers are compressed', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    // Demo mode: the OpenAPI document, a large JSON answer, is open there without signing in.
    app = await startTestApp({ COHESION_DEMO: '1' });
  });

  afterAll(() => app.close());

  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['*', 'gzip'],
    ['identity', null],
    [undefined, null],
  ])('picks an encoding the client accepts (%s → %s)', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });

  it('with brotli or gzip as the client accepts, and the same JSON once decoded', async () => {
    const plain = await app.inject({ method: 'GET', url: '/api/docs-json' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await app.inject({ method: 'GET', url: '/api/docs-json', headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers).toMatchObject({ 'content-encoding': 'br', vary: expect.stringContaining('accept-encoding') });
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
    const gzip = await app.inject({ method: 'GET', url: '/api/docs-json', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString())).toEqual(plain.json());
    expect(Number(br.headers['content-length'])).toBe(br.rawPayload.length);
  });
});
