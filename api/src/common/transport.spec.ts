import { aStaffMember, anOrganization, TEST_PASSWORD, type TestStaff } from '../../test/fixtures';
import { TestClient } from '../../test/http-client';
import { useTestApp } from '../../test/test-context';

/** What an outside review found open on a production instance: the API's map, and a client address anyone could write. */
describe('transport: the API documentation and the client address', () => {
  const context = useTestApp({ COHESION_TRUST_PROXY: '1' });
  let staff: TestStaff;

  beforeAll(async () => {
    staff = await aStaffMember(context.db, await anOrganization(context.db), 'facilitator');
  });

  it('shows /api/docs and /api/docs-json to signed-in staff only outside demo mode, however the path is spelled', async () => {
    const stranger = new TestClient(context.app);
    for (const url of ['/api/docs', '/api/docs/', '/api/docs-json', '/api/%64ocs-json', '/%61pi/docs-json']) {
      const response = await stranger.get(url);
      expect({ url, status: response.status }).toEqual({ url, status: 401 });
      expect(response.body).not.toContain('/api/groups');
    }
    const signedIn = await context.signedIn(staff);
    expect((await signedIn.get('/api/docs-json')).json().paths).toHaveProperty('/api/groups');
    expect((await signedIn.get('/api/docs')).status).toBe(200);
  });

  it('keeps an address that does not parse out of the audit trail, and records one that does', async () => {
    const client = new TestClient(context.app);
    const garbage = await client.post('/api/auth/login', { email: staff.email, password: 'not the password' }, { 'x-forwarded-for': "'; DROP TABLE x; --" });
    expect(garbage.status).toBe(401);
    // Node calls an IPv6 address with a zone an IP address; PostgreSQL's inet refuses it (this was a 500 and no row).
    const zoned = await client.post('/api/auth/login', { email: staff.email, password: 'not the password' }, { 'x-forwarded-for': 'fe80::1%eth0' });
    expect(zoned.status).toBe(401);
    const real = await client.post('/api/auth/login', { email: staff.email, password: TEST_PASSWORD }, { 'x-forwarded-for': '203.0.113.9' });
    expect(real.status).toBe(200);
    const rows = await context.db.query(
      `SELECT outcome, host(ip) AS ip FROM audit_event WHERE actor_id = $1 AND action = 'auth.sign_in' ORDER BY seq DESC LIMIT 3`,
      [staff.id],
    );
    expect(rows.reverse()).toEqual([
      { outcome: 'failure', ip: null },
      { outcome: 'failure', ip: null },
      { outcome: 'success', ip: '203.0.113.9' },
    ]);
  });
});
