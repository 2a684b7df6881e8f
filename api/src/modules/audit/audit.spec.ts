import { DataSource } from 'typeorm';
import type { AuditChainVerification, AuditEvent, Page, SessionDetail } from '@cohesion/contracts';
import { aRatedSession } from '../../../test/analytics-fixtures';
import { aClinicWorld, type ClinicWorld } from '../../../test/clinical-fixtures';
import { TEST_PASSWORD } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { testConfig } from '../../../test/test-app';
import { useTestApp } from '../../../test/test-context';
import { dataSourceOptions } from '../../database/data-source-options';
import { APPLICATION_ROLE } from '../../database/migrations/1764600000000-audit-trail';
import { verifyAuditTrail } from './verify-audit-trail';

describe('audit trail', () => {
  const context = useTestApp();
  let world: ClinicWorld;
  let admin: TestClient;
  let session: SessionDetail;

  const trail = async (query = '') => {
    const response = await admin.get(`/api/audit?limit=100${query}`);
    expect(response.status).toBe(200);
    return response.json<Page<AuditEvent>>().items;
  };
  const verification = async () => (await admin.get('/api/audit/verification')).json<AuditChainVerification>();

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 2);
    admin = await context.signedIn(world.admin);
    const lead = await context.signedIn(world.lead);
    const [a, b] = world.memberIds;
    session = await aRatedSession(lead, world.groupId, '2026-11-03', { [a]: 'present', [b]: 'present' }, { [a]: [5, 6, 7], [b]: [7, 7, 7] });
    expect((await lead.get(`/api/sessions/${session.id}`)).status).toBe(200);
    expect((await lead.post(`/api/sessions/${session.id}/sign`, {})).status).toBe(200);
    expect((await lead.post(`/api/sessions/${session.id}/addenda`, { text: 'Follow-up call made on Wednesday.' })).status).toBe(201);
    const supervisor = await context.signedIn(world.supervisor);
    expect((await supervisor.post(`/api/sessions/${session.id}/cosign`, {})).status).toBe(200);
    expect((await lead.get('/api/audit')).status).toBe(403);
    expect((await lead.post('/api/auth/logout', {})).status).toBe(204);
    expect((await new TestClient(context.app).post('/api/auth/login', { email: world.co.email, password: 'not the password' })).status).toBe(401);
  });

  it('records sign-ins, reads, writes, signatures, addenda, co-signatures, denied requests and sign-outs, in order', async () => {
    const actions = (await trail()).reverse().map((e) => [e.action, e.outcome, e.actorId]);
    const lead = world.lead.id;
    expect(actions).toEqual(
      expect.arrayContaining([
        ['auth.sign_in', 'success', lead],
        ['session.create', 'success', lead],
        ['session.read', 'success', lead],
        ['session.sign', 'success', lead],
        ['session.addendum', 'success', lead],
        ['session.cosign', 'success', world.supervisor.id],
        ['request.denied', 'denied', lead],
        ['auth.sign_out', 'success', lead],
        ['auth.sign_in', 'failure', world.co.id],
      ]),
    );
    const order = actions.map(([action]) => action);
    expect(order.indexOf('session.create')).toBeLessThan(order.indexOf('session.sign'));
    expect(order.indexOf('session.sign')).toBeLessThan(order.indexOf('session.cosign'));
    const events = await trail();
    expect(events.map((e) => e.seq)).toEqual([...events.map((e) => e.seq)].sort((x, y) => y - x));
    const read = events.find((e) => e.action === 'session.read') as AuditEvent;
    expect(read).toMatchObject({ actorRole: 'facilitator', entityType: 'session', entityId: session.id, outcome: 'success' });
    expect(read.requestId).toEqual(expect.any(String));
    expect(read.hash).toMatch(/^[0-9a-f]{64}$/);
    const denied = events.find((e) => e.action === 'request.denied') as AuditEvent;
    expect(denied).toMatchObject({ entityType: 'route', entityId: 'GET /api/audit', detail: { status: 403 } });
    expect(events.find((e) => e.outcome === 'failure')?.detail).toEqual({ reason: 'wrong_password' });
  });

  it('holds no clinical text', async () => {
    const serialized = JSON.stringify(await trail());
    expect(serialized).not.toContain('Follow-up call');
    expect(serialized).not.toContain(TEST_PASSWORD);
    expect(serialized).not.toContain('not the password');
  });

  it('lets admins filter by action, actor, entity and day', async () => {
    expect((await trail(`&action=session.read`)).map((e) => e.action)).toEqual(['session.read']);
    expect(new Set((await trail(`&actorId=${world.supervisor.id}`)).map((e) => e.actorId))).toEqual(new Set([world.supervisor.id]));
    expect((await trail(`&entityType=session&entityId=${session.id}`)).length).toBeGreaterThanOrEqual(5);
    // The rows carry the database's time, so the day they fall on is the database's.
    const [{ today }] = await context.db.query(`SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS today`);
    expect((await trail(`&from=${today}&to=${today}`)).length).toBeGreaterThan(0);
    expect(await trail(`&from=2020-01-01&to=2020-01-31`)).toEqual([]);
    expect((await admin.get('/api/audit?action=session.delete')).status).toBe(400);
    expect((await admin.get('/api/audit?actorId=1%27%20OR%201=1')).status).toBe(400);
  });

  it('is for admins only, and only of their own organization', async () => {
    for (const staff of [world.lead, world.supervisor, world.director]) {
      const client = await context.signedIn(staff);
      expect((await client.get('/api/audit')).status).toBe(403);
      expect((await client.get('/api/audit/verification')).status).toBe(403);
    }
    const events = await trail();
    expect(events.every((e) => e.actorId !== world.outsider.id)).toBe(true);
  });

  it('verifies its chain, and after a tamper names the exact row, through the API and the command line', async () => {
    expect(await verification()).toMatchObject({ verified: true, firstBrokenRow: null });
    const { rows } = await verification();
    const [target] = await context.db.query(`SELECT seq::int FROM audit_event WHERE organization_id = $1 AND action = 'session.read'`, [world.organizationId]);
    // Only the owner can get past the guard, and only by taking it down first: what a tamperer with its login would do.
    const owner = await new DataSource(dataSourceOptions(testConfig())).initialize();
    try {
      await owner.transaction(async (tx) => {
        await tx.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
        await tx.query(`UPDATE audit_event SET actor_id = $3 WHERE organization_id = $1 AND seq = $2`, [world.organizationId, target.seq, world.director.id]);
        await tx.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
      });
    } finally {
      await owner.destroy();
    }
    expect(await verification()).toEqual({ verified: false, rows, firstBrokenRow: { seq: target.seq, reason: 'content' }, checkpoint: null });

    const lines: string[] = [];
    expect(await verifyAuditTrail(context.db, testConfig(), (line) => lines.push(line))).toBeGreaterThanOrEqual(1);
    expect(lines.join('\n')).toContain(`first broken row is seq ${target.seq} (content)`);
  });

  it('refuses UPDATE, DELETE and TRUNCATE to the application role, and the API works as that role', async () => {
    const apiDb = context.app.get(DataSource);
    expect(await apiDb.query(`SELECT current_user AS role`)).toEqual([{ role: APPLICATION_ROLE }]);
    // Nothing the API runs waits or holds on forever.
    expect(
      await apiDb.query(`SELECT current_setting('statement_timeout') AS statement, current_setting('lock_timeout') AS lock,
                                     current_setting('idle_in_transaction_session_timeout') AS idle`),
    ).toEqual([{ statement: '15s', lock: '5s', idle: '1min' }]);
    for (const statement of [
      `UPDATE audit_event SET outcome = 'success' WHERE organization_id = '${world.organizationId}'`,
      `DELETE FROM audit_event WHERE organization_id = '${world.organizationId}'`,
      `TRUNCATE audit_event`,
    ]) {
      await expect(apiDb.query(statement)).rejects.toThrow(/permission denied/);
    }
    // Not even the owner (nor the server's superuser) may change a row while the guard stands.
    await expect(context.db.query(`DELETE FROM audit_event WHERE organization_id = $1`, [world.organizationId])).rejects.toThrow(/append-only/);
    await expect(context.db.query(`TRUNCATE audit_event CASCADE`)).rejects.toThrow(/append-only/);
  });
});

describe('audit trail writes with the request', () => {
  const context = useTestApp({ COHESION_DB_STATEMENT_TIMEOUT_MS: '1000' });

  it('fails the request, and answers no clinical data, when its audit row cannot be written', async () => {
    const world = await aClinicWorld(context.db, 1);
    const lead = await context.signedIn(world.lead);
    const [a] = world.memberIds;
    const session = await aRatedSession(lead, world.groupId, '2026-11-03', { [a]: 'present' }, { [a]: [5, 6, 7] });
    const blocker = context.db.createQueryRunner();
    await blocker.connect();
    try {
      // Another transaction holds the organization's chain, past the API's statement timeout.
      await blocker.startTransaction();
      await blocker.query(`SELECT pg_advisory_xact_lock(hashtext('audit_event'), hashtext($1))`, [world.organizationId]);
      const response = await lead.get(`/api/sessions/${session.id}`);
      expect(response.status).toBeGreaterThanOrEqual(500);
      expect(response.body).not.toContain(a);
      expect(response.body).not.toContain('"note"');
    } finally {
      await blocker.rollbackTransaction();
      await blocker.release();
    }
    expect((await lead.get(`/api/sessions/${session.id}`)).status).toBe(200);
  });
});
