import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { aClinicWorld, aNote, aSessionRequest, type ClinicWorld } from '../../test/clinical-fixtures';
import { TEST_PASSWORD } from '../../test/fixtures';
import { TestClient } from '../../test/http-client';
import { FixedClock, openTestDatabase, testConfig } from '../../test/test-app';
import { createApp } from '../create-app';

/** Words that must never reach a log line: planted in a note whose write the database then refuses. */
const CANARY = 'CANARY-tern-5b1e';

/**
 * Logs never contain note text. An outside review found that a 500 logged the whole error, and that TypeORM's
 * QueryFailedError carries the statement's parameters (and PostgreSQL's detail, "Failing row contains (…)"): a note
 * whose write failed in the database landed in the log word for word.
 */
describe('a failed write leaves its note text out of every log line', () => {
  const logs: string[] = [];
  let app: NestFastifyApplication;
  let db: DataSource;
  let world: ClinicWorld;

  beforeAll(async () => {
    const capture = new Writable({
      write: (chunk, _encoding, done) => {
        logs.push(chunk.toString());
        done();
      },
    });
    app = await createApp(testConfig({ LOG_LEVEL: 'trace' }), { logDestination: capture, clock: new FixedClock() });
    db = await openTestDatabase();
    world = await aClinicWorld(db, 2);
    // The database refuses this note: what a disk full, a bug or a new constraint would do.
    await db.query(`ALTER TABLE note ADD CONSTRAINT canary_refused CHECK (process NOT LIKE '%${CANARY}%') NOT VALID`);
  });

  afterAll(async () => {
    await db?.query(`ALTER TABLE note DROP CONSTRAINT IF EXISTS canary_refused`);
    await app?.close();
    await db?.destroy();
  });

  it('answers 500 without the text, and logs what failed (the constraint) but never the text, the row or the parameters', async () => {
    const lead = new TestClient(app);
    await lead.signIn(world.lead.email, TEST_PASSWORD);
    const request = aSessionRequest(world.memberIds, { heldOn: '2026-11-10', note: aNote({ process: `The group spoke of ${CANARY} at length.` }) });
    const response = await lead.post(`/api/groups/${world.groupId}/sessions`, request);
    expect(response.status).toBe(500);
    expect(response.body).not.toContain(CANARY);

    const failure = logs.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'request failed');
    expect(failure?.error).toMatchObject({ type: 'QueryFailedError', sqlState: '23514', constraint: 'canary_refused', table: 'note' });
    expect(failure?.error.frames.length).toBeGreaterThan(0);
    expect(logs.filter((line) => line.includes(CANARY))).toEqual([]);
    expect(logs.join('\n')).not.toContain('Failing row');
  });
});
