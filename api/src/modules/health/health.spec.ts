import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { withMigratedDatabase } from '../../database/prepare-database';
import { startTestApp } from '../../../test/test-app';

describe('GET /api/health', () => {
  it('answers 200 while the database is reachable', async () => {
    const app = await startTestApp();
    try {
      const response = await app.inject({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ status: 'ok' });
    } finally {
      await app.close();
    }
  });

  it('answers 503 problem details once the database is gone', async () => {
    const adminUrl = process.env['COHESION_TEST_ADMIN_DATABASE_URL'] as string;
    const name = `cohesion_health_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    await withMigratedDatabase({ databaseUrl: url.toString(), database: { poolSize: 2, connectTimeoutMs: 2000, statementTimeoutMs: 5000, lockTimeoutMs: 5000 } }, async () => undefined);
    const app = await startTestApp({ DATABASE_URL: url.toString(), COHESION_DB_CONNECT_TIMEOUT_MS: '1000' });
    try {
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      const response = await app.inject({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ status: 503, code: 'unavailable' });
    } finally {
      await app.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
