import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditChainVerification } from '@cohesion/contracts';
import { aClinicWorld, type ClinicWorld } from '../../../test/clinical-fixtures';
import { TEST_PASSWORD } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { FixedClock, openTestDatabase, testConfig } from '../../../test/test-app';
import { createApp } from '../../create-app';
import { dataSourceOptions } from '../../database/data-source-options';
import { AuditCheckpointFile } from './audit-checkpoint-file';
import { AuditCheckpointer } from './audit-checkpointer';
import { verifyAuditTrail } from './verify-audit-trail';

/**
 * What audit_event_digest computed, and anyone who can write to the database can compute again: the SHA-256 of the
 * previous row's hash and the row's content. A tamperer who edits a row re-hashes the rows after it with this.
 */
const SHA256_OF_ROW = `sha256(previous_hash || convert_to(jsonb_build_object(
  'organization_id', organization_id, 'seq', seq, 'occurred_at', to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
  'actor_id', actor_id, 'actor_role', actor_role, 'action', action, 'entity_type', entity_type, 'entity_id', entity_id,
  'member_code', member_code, 'outcome', outcome, 'ip', host(ip), 'request_id', request_id, 'detail', detail)::text, 'UTF8'))`;

/**
 * The attacks on the audit trail that a database login allows, each made as the owner (who may take down the
 * append-only guard) or the API's own login, and each found by verification with the row and the reason.
 */
describe('the audit chain against tampering in the database', () => {
  const logs: string[] = [];
  let app: NestFastifyApplication;
  let superuser: DataSource;
  let owner: DataSource;
  const config = testConfig({ LOG_LEVEL: 'info' });

  beforeAll(async () => {
    const capture = new Writable({
      write: (chunk, _encoding, done) => {
        logs.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    app = await createApp(config, { logDestination: capture, clock: new FixedClock() });
    // Nest keeps its services' log lines until the server listens, which a test's app never does.
    app.flushLogs();
    superuser = await openTestDatabase();
    owner = await new DataSource(dataSourceOptions(config)).initialize();
  });

  afterAll(async () => {
    await app?.close();
    await superuser?.destroy();
    await owner?.destroy();
  });

  /** An organization whose admin has signed in a few times: a chain of `signIns` rows, all of them checkpointed. */
  async function aCheckpointedTrail(signIns = 4): Promise<{ world: ClinicWorld; admin: TestClient; head: number }> {
    const world = await aClinicWorld(superuser, 1);
    let admin = new TestClient(app);
    for (let i = 0; i < signIns; i++) {
      admin = new TestClient(app);
      await admin.signIn(world.admin.email, TEST_PASSWORD);
    }
    await app.get(AuditCheckpointer).checkpoint();
    return { world, admin, head: signIns };
  }

  const verification = async (admin: TestClient) => {
    const response = await admin.get('/api/audit/verification');
    expect(response.status).toBe(200);
    return response.json<AuditChainVerification>();
  };

  /** As the owner: the append-only guard taken down, `work` done, the guard put back, in one transaction. */
  const pastTheGuard = (work: (tx: EntityManager) => Promise<unknown>) =>
    owner.transaction(async (tx) => {
      await tx.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
      await work(tx);
      await tx.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
    });

  it('checkpoints each chain’s head outside the database, in a signed line of the data folder’s file and in the log', async () => {
    const { world, admin, head } = await aCheckpointedTrail(3);
    const latest = await AuditCheckpointFile.fromConfig(config).latest(world.organizationId);
    const [row] = await superuser.query(`SELECT encode(hash, 'hex') AS hash FROM audit_event WHERE organization_id = $1 AND seq = $2`, [
      world.organizationId,
      head,
    ]);
    expect(latest).toEqual({ organizationId: world.organizationId, seq: head, hash: row.hash, at: expect.any(String) });
    const logged = logs.map((line) => JSON.parse(line)).filter((line) => line.msg === 'audit trail checkpoint');
    expect(logged.flatMap((line) => line.auditCheckpoint.chains)).toContainEqual({ organizationId: world.organizationId, seq: head, hash: row.hash });
    expect(await verification(admin)).toEqual({ verified: true, rows: head, firstBrokenRow: null, checkpoint: { seq: head, at: latest?.at } });
  });

  it('names a row edited and the chain hashed forward again with SHA-256, as audit_event_digest did', async () => {
    const { world, admin, head } = await aCheckpointedTrail();
    await pastTheGuard(async (tx) => {
      await tx.query(`UPDATE audit_event SET outcome = 'failure' WHERE organization_id = $1 AND seq = 2`, [world.organizationId]);
      for (let seq = 2; seq <= head; seq++) {
        await tx.query(
          `UPDATE audit_event e SET previous_hash = p.hash FROM audit_event p
                         WHERE e.organization_id = $1 AND e.seq = $2 AND p.organization_id = $1 AND p.seq = $2 - 1`,
          [world.organizationId, seq],
        );
        await tx.query(`UPDATE audit_event SET hash = ${SHA256_OF_ROW} WHERE organization_id = $1 AND seq = $2`, [world.organizationId, seq]);
      }
    });
    expect((await verification(admin)).firstBrokenRow).toEqual({ seq: 2, reason: 'content' });
  });

  it('names the first of the newest rows deleted since the checkpoint', async () => {
    const { world, admin, head } = await aCheckpointedTrail();
    await pastTheGuard((tx) => tx.query(`DELETE FROM audit_event WHERE organization_id = $1 AND seq > $2`, [world.organizationId, head - 2]));
    expect(await verification(admin)).toMatchObject({ verified: false, rows: head - 2, firstBrokenRow: { seq: head - 1, reason: 'missing_newest_rows' } });
  });

  it('names the checkpointed row when the newest rows were deleted and the chain grew again past them', async () => {
    const { world, admin, head } = await aCheckpointedTrail();
    await pastTheGuard((tx) => tx.query(`DELETE FROM audit_event WHERE organization_id = $1 AND seq > $2`, [world.organizationId, head - 2]));
    for (let i = 0; i < 2; i++) await new TestClient(app).signIn(world.admin.email, TEST_PASSWORD);
    expect(await verification(admin)).toMatchObject({ verified: false, rows: head, firstBrokenRow: { seq: head, reason: 'checkpoint_mismatch' } });
    // The next checkpoint does not anchor the rewritten chain: its anchor stays the row it recorded.
    await app.get(AuditCheckpointer).checkpoint();
    expect((await verification(admin)).firstBrokenRow).toEqual({ seq: head, reason: 'checkpoint_mismatch' });
    expect(logs.join('')).toContain('an audit chain broke since its last checkpoint');
  });

  it('names a row in the middle deleted, with the rows after it renumbered', async () => {
    const { world, admin } = await aCheckpointedTrail();
    await pastTheGuard(async (tx) => {
      await tx.query(`DELETE FROM audit_event WHERE organization_id = $1 AND seq = 2`, [world.organizationId]);
      // Through numbers no row has, as seq is unique in its chain.
      await tx.query(`UPDATE audit_event SET seq = seq + 1000 WHERE organization_id = $1 AND seq > 2`, [world.organizationId]);
      await tx.query(`UPDATE audit_event SET seq = seq - 1001 WHERE organization_id = $1 AND seq > 1000`, [world.organizationId]);
    });
    expect((await verification(admin)).firstBrokenRow).toEqual({ seq: 2, reason: 'previous_hash' });
  });

  it('names a row the API’s own login forged at the head of the chain', async () => {
    const { world, admin, head } = await aCheckpointedTrail();
    const api = app.get(DataSource);
    await api.transaction(async (tx) => {
      const [last] = await tx.query(`SELECT seq, hash FROM audit_chain_head($1)`, [world.organizationId]);
      await tx.query(
        `INSERT INTO audit_event (organization_id, seq, action, outcome, previous_hash, hash) VALUES ($1, $2, 'staff.update', 'success', $3, $4)`,
        [world.organizationId, Number(last.seq) + 1, last.hash, randomBytes(32)],
      );
    });
    expect((await verification(admin)).firstBrokenRow).toEqual({ seq: head + 1, reason: 'content' });
    // A row that does not follow the head is refused outright.
    await expect(
      api.query(`INSERT INTO audit_event (organization_id, seq, action, outcome, previous_hash, hash) VALUES ($1, 1, 'staff.update', 'success', $2, $2)`, [
        world.organizationId,
        randomBytes(32),
      ]),
    ).rejects.toThrow(/does not follow the head of its chain/);
  });

  it('names, on the command line, the chain of an organization deleted from the database with its whole trail', async () => {
    const { world } = await aCheckpointedTrail(2);
    await superuser.transaction(async (tx) => {
      await tx.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
      await tx.query(`DELETE FROM audit_event WHERE organization_id = $1`, [world.organizationId]);
      await tx.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
      for (const table of ['staff_session', 'supervision', 'group_facilitator', 'enrollment', 'member', 'therapy_group', 'program', 'staff_user']) {
        await tx.query(`DELETE FROM ${table} WHERE organization_id = $1`, [world.organizationId]);
      }
      await tx.query(`DELETE FROM organization WHERE id = $1`, [world.organizationId]);
    });
    const lines: string[] = [];
    expect(await verifyAuditTrail(owner, config, (line) => lines.push(line))).toBeGreaterThanOrEqual(1);
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^BROKEN {4}organization ${world.organizationId} \\(no longer in the database\\): 0 rows; checkpoint at seq 2 \\(.+\\); first broken row is seq 1 \\(missing newest rows\\)$`,
        ),
      ),
    );
  });

  it('chains concurrent writes, each in a transaction of its own, one after another', async () => {
    const { world, admin, head } = await aCheckpointedTrail(1);
    const attempts = await Promise.all(
      Array.from({ length: 12 }, () => new TestClient(app).post('/api/auth/login', { email: world.lead.email, password: 'not the password' })),
    );
    expect(attempts.every((attempt) => attempt.status === 401 || attempt.status === 429)).toBe(true);
    expect(await verification(admin)).toMatchObject({ verified: true, rows: head + 12 });
  });
});
