import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClient } from '../../test/http-client';
import { openApiDocument } from '../../test/openapi-expectations';
import { startTestApp } from '../../test/test-app';

describe('HTTP basics every route shares', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(() => app.close());

  it('refuses a state-changing request without the CSRF header (403 problem)', async () => {
    const client = new TestClient(app);
    await client.get('/api/health');
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json', cookie: `cohesion_csrf=${client.cookie('cohesion_csrf')}; XSRF-TOKEN=${client.cookie('XSRF-TOKEN')}` },
      payload: JSON.stringify({ email: 'a@b.test', password: 'x' }),
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ status: 403, code: 'csrf_failed' });
  });

  it('refuses a CSRF header that does not match the cookie', async () => {
    const client = new TestClient(app);
    const response = await client.post('/api/auth/login', { email: 'a@b.test', password: 'x' }, { 'x-xsrf-token': 'forged' });
    expect(response.status).toBe(403);
    expect(response.json().code).toBe('csrf_failed');
  });

  it('answers malformed JSON with a 400 problem and no stack trace', async () => {
    const response = await new TestClient(app).post('/api/auth/login', '{"email": ', { 'content-type': 'application/json' });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'bad_request', status: 400 });
    expect(response.json().detail).toMatch(/JSON/);
    expect(response.body).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('answers a body over 1 MB with 413', async () => {
    const response = await new TestClient(app).post('/api/auth/login', { email: 'a@b.test', password: 'x'.repeat(1_100_000) });
    expect(response.status).toBe(413);
    expect(response.json()).toMatchObject({ code: 'payload_too_large' });
  });

  it('rejects unknown fields with the field named', async () => {
    const response = await new TestClient(app).post('/api/auth/login', { email: 'a@b.test', password: 'x', role: 'admin' });
    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed' });
    expect(response.json().errors).toEqual([{ field: 'role', message: 'property role should not exist' }]);
  });

  it('answers an unknown API path with a 404 problem', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('sends security headers and a strict script policy', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('keeps CORS closed: no other origin is allowed to read an answer or to send a preflighted request', async () => {
    const origin = 'https://evil.example';
    const read = await app.inject({ method: 'GET', url: '/api/health', headers: { origin } });
    expect(read.headers['access-control-allow-origin']).toBeUndefined();
    expect(read.headers['access-control-allow-credentials']).toBeUndefined();
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/groups',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-xsrf-token' },
    });
    expect(preflight.statusCode).toBeGreaterThanOrEqual(400);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
  });

  it('publishes the OpenAPI document with every route and its request and response types', async () => {
    const { paths, components } = await openApiDocument();
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/auth/me',
        '/api/auth/logout',
        '/api/groups',
        '/api/health',
        '/api/groups/{groupId}/sessions',
        '/api/sessions/{sessionId}',
        '/api/sessions/{sessionId}/sign',
        '/api/sessions/{sessionId}/cosign',
        '/api/sessions/{sessionId}/addenda',
        '/api/deidentification/check',
      ]),
    );
    const record = paths['/api/groups/{groupId}/sessions'].post;
    expect(record.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/SessionWriteDto');
    expect(record.responses['201'].content['application/json'].schema.$ref).toBe('#/components/schemas/SessionDetailDto');
    expect(paths['/api/sessions/{sessionId}'].put.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'If-Match', in: 'header', required: true })]),
    );
    expect(components.schemas.RatingEntryDto.properties.score).toMatchObject({ minimum: 0, maximum: 10 });
  });
});
