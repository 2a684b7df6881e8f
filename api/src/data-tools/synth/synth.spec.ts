import { DataSource } from 'typeorm';
import { addDays } from '@cohesion/domain';
import { TestClient } from '../../../test/http-client';
import { useScratchDatabase } from '../../../test/scratch-database';
import { FixedClock, TEST_NOW, testSuperuserDatabaseUrl, testToday } from '../../../test/test-app';
import { createApp } from '../../create-app';
import { dataSourceOptions } from '../../database/data-source-options';
import { withMigratedDatabase } from '../../start-up/migrated-database';
import { DEMO_ACCOUNTS, seedDemoIfEmpty } from '../demo/demo-seed';
import { sessionContentHash } from '../../modules/sessions/note-content-hash';
import { SessionReadRepository } from '../../modules/sessions/session-read.repository';
import { runSynth } from './synth.command';
import { SynthError } from './synth-options';
import type { SynthReport } from './synth-report';
import { SYNTH_TABLES, type SynthTable } from './synth-rows';

/** `synth` at a tiny size, on a database of its own that first holds the demo organization (which synth replaces). */
describe('synth command', () => {
  const config = useScratchDatabase('synth');
  let db: DataSource;
  let report: SynthReport;
  let printed = '';

  beforeAll(async () => {
    await withMigratedDatabase(config, (demo) => seedDemoIfEmpty(demo, config.demoPassword, TEST_NOW));
    report = await runSynth(config, { groups: 3, members: 4, weeks: 6, seed: 1 }, (text) => (printed += `${text}\n`), TEST_NOW);
    // Synth writes as the owner, which row-level security binds; the checks read every row as the superuser.
    db = await new DataSource(dataSourceOptions({ ...config, databaseOwnerUrl: config.superuserUrl })).initialize();
  }, 60_000);

  afterAll(() => db?.destroy());

  const rowCount = async (table: string) => (await db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  it('replaces the demo organization with one synthetic organization', async () => {
    expect(await db.query(`SELECT origin FROM organization`)).toEqual([{ origin: 'synthetic' }]);
    expect(await rowCount('therapy_group')).toBe(3);
    expect(await rowCount('group_session')).toBe(3 * 6);
  });

  it('prints counts that are what the database holds', async () => {
    for (const table of Object.keys(SYNTH_TABLES) as SynthTable[]) {
      const inDatabase = await rowCount(table);
      expect({ table, count: report.rows[table] }).toEqual({ table, count: inDatabase });
    }
    const number = (label: string) => Number(new RegExp(`^\\s+([\\d,]+)  ${label}\\b`, 'm').exec(printed)?.[1].replaceAll(',', ''));
    expect(number('ratings')).toBe(await rowCount('rating'));
    expect(number('attendance rows')).toBe(await rowCount('attendance'));
    expect(number('members')).toBe(await rowCount('member'));
    expect(number('sessions')).toBe(await rowCount('group_session'));
    expect(printed).toMatch(/ratings with everything around them in [\d.]+ s\./);
  });

  it('leaves rollups that a fresh rebuild from the raw ratings does not change', async () => {
    const everyRow = (t: string) => `SELECT * FROM ${t} AS r ORDER BY r`;
    const snapshot = async () => {
      const tables = await rollupTables();
      return Promise.all(tables.map(async (t) => ({ t, rows: await db.query(everyRow(t)) })));
    };
    const before = await snapshot();
    expect(before.find((s) => s.t === 'session_outcome')?.rows.length).toBeGreaterThan(0);
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT rebuild_outcome_rollups($1)`, [report.organizationId]);
      const after = [];
      for (const { t } of before) after.push({ t, rows: await runner.query(everyRow(t)) });
      expect(after).toEqual(before);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('puts back every key, index, foreign key, trigger and forced row-level security it set aside for the load', async () => {
    const catalog = async (source: DataSource) => ({
      constraints: await source.query(`SELECT conrelid::regclass::text AS t, conname, pg_get_constraintdef(oid) AS def, convalidated
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`),
      indexes: await source.query(`SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`),
      triggers: await source.query(`SELECT tgrelid::regclass::text AS t, tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2`),
      rowLevelSecurity: await source.query(`SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class
        WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY 1`),
    });
    const migrated = await new DataSource(dataSourceOptions({ ...config, databaseOwnerUrl: testSuperuserDatabaseUrl() })).initialize();
    try {
      expect(await catalog(db)).toEqual(await catalog(migrated));
    } finally {
      await migrated.destroy();
    }
  });

  it('signs older sessions with a content hash that verifies, and leaves the last two weeks as drafts', async () => {
    const twoWeeksAgo = addDays(testToday('UTC'), -14);
    const sessions: { id: string; status: string; recent: boolean; signed_by: string; lead: string }[] = await db.query(
      `SELECT s.id, s.status, s.held_on >= $1::date AS recent, s.signed_by,
              (SELECT user_id FROM group_facilitator f WHERE f.group_id = s.group_id AND f.role = 'lead') AS lead
         FROM group_session s`,
      [twoWeeksAgo],
    );
    expect(sessions.filter((s) => s.status === 'signed').length).toBe(report.signedSessions);
    const reads = new SessionReadRepository();
    for (const session of sessions) {
      expect({ id: session.id, status: session.status }).toEqual({ id: session.id, status: session.recent ? 'draft' : 'signed' });
      if (session.status !== 'signed') continue;
      expect(session.signed_by).toBe(session.lead);
      const [{ content_hash }] = await db.query(`SELECT content_hash FROM group_session WHERE id = $1`, [session.id]);
      expect(sessionContentHash(await reads.findSignableContent(db.manager, session.id))).toBe(content_hash);
    }
  });

  it('lets every demo account sign in with the demo password', async () => {
    const app = await createApp(config, { clock: new FixedClock() });
    try {
      for (const account of DEMO_ACCOUNTS) {
        const response = await new TestClient(app).signIn(account.email, config.demoPassword);
        expect(response.json().user).toMatchObject({ email: account.email, role: account.role });
      }
    } finally {
      await app.close();
    }
  });

  it('refuses a database that holds a real organization, and changes nothing', async () => {
    await db.query(`INSERT INTO organization (name, origin) VALUES ('A real clinic', 'real')`);
    const sessions = await rowCount('group_session');
    await expect(runSynth(config, { groups: 1, members: 2, weeks: 1, seed: 1 }, () => undefined)).rejects.toThrow(
      new SynthError('this database holds 1 real organization; synth replaces only demo or synthetic data. Point DATABASE_URL at another database.'),
    );
    expect(await rowCount('group_session')).toBe(sessions);
  });

  /** Every table synth does not load: the rollups (and a few empty or fixed tables, which a rebuild leaves alone too). */
  /** Every table the load did not write, but the rollups' version counter (which a rebuild moves, as it should). */
  async function rollupTables(): Promise<string[]> {
    const rows: { name: string }[] = await db.query(
      `SELECT format('%I', tablename) AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> ALL ($1::text[]) ORDER BY 1`,
      [[...Object.keys(SYNTH_TABLES), 'outcome_rollup_version']],
    );
    return rows.map((r) => r.name);
  }
});
