import { useTestApp } from '../../../test/test-context';
import { RefusedRequestTally } from './refused-request-tally';

/** A scan or a flood leaves one audit row per kind, address and minute, not one per request. */
describe('refused requests tallied per source and minute', () => {
  const context = useTestApp();
  const source = '198.51.100.7';

  it('writes one row per kind for 30 requests without a session and 5 with a forged CSRF token', async () => {
    for (let i = 0; i < 30; i++) {
      expect((await context.app.inject({ method: 'GET', url: `/api/groups?attempt=${i}`, remoteAddress: source })).statusCode).toBe(401);
    }
    for (let i = 0; i < 5; i++) {
      const forged = await context.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: source,
        headers: { 'content-type': 'text/plain', 'x-xsrf-token': 'forged' },
        payload: 'x',
      });
      expect(forged.statusCode).toBe(403);
    }
    const before = await context.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE host(ip) = $1`, [source]);
    expect(before[0].n).toBe(0);

    await context.app.get(RefusedRequestTally).flush({ all: true });
    const rows: { kind: string; count: number }[] = await context.db.query(
      `SELECT detail->>'kind' AS kind, sum((detail->>'count')::int)::int AS count FROM audit_event
        WHERE host(ip) = $1 AND action = 'request.refused' AND outcome = 'denied' GROUP BY 1 ORDER BY 1`,
      [source],
    );
    expect(rows).toEqual([
      { kind: 'csrf', count: 5 },
      { kind: 'unauthenticated', count: 30 },
    ]);
    const [{ n }] = await context.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE host(ip) = $1`, [source]);
    expect(n).toBeLessThanOrEqual(4);
  });
});
