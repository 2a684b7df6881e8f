import { Client } from 'pg';
import { createApp } from '../../create-app';
import { withMigratedDatabase } from '../../start-up/migrated-database';
import { useScratchDatabase } from '../../../test/scratch-database';
import { FixedClock, startTestApp } from '../../../test/test-app';

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

  describe('once the database is gone', () => {
    const scratch = useScratchDatabase('health');

    it('answers 503 problem details', async () => {
      await withMigratedDatabase(scratch, async () => undefined);
      const app = await createApp({ ...scratch, database: { ...scratch.database, connectTimeoutMs: 1000 } }, { clock: new FixedClock() });
      const admin = new Client({ connectionString: process.env['COHESION_TEST_ADMIN_DATABASE_URL'] });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE ${new URL(scratch.databaseUrl).pathname.slice(1)} WITH (FORCE)`);
        const response = await app.inject({ method: 'GET', url: '/api/health' });
        expect(response.statusCode).toBe(503);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json()).toMatchObject({ status: 503, code: 'unavailable' });
      } finally {
        await app.close();
        await admin.end();
      }
    });
  });
});
