import { aClinicWorld, type ClinicWorld } from '../../test/clinical-fixtures';
import { useTestApp } from '../../test/test-context';

describe('rate limit on expensive routes', () => {
  const context = useTestApp({ COHESION_EXPENSIVE_REQUESTS_PER_MINUTE: '5' });
  let world: ClinicWorld;

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 2);
  });

  it('gives each person a budget per minute across analytics and the audit trail: then 429 with Retry-After, others unaffected', async () => {
    const director = await context.signedIn(world.director);
    const trends = `/api/analytics/trends?scope=group&id=${world.groupId}&bucket=session`;
    for (let call = 0; call < 3; call++) expect((await director.get(trends)).status).toBe(200);
    expect((await director.get(`/api/analytics/attendance?scope=group&id=${world.groupId}`)).status).toBe(200);
    expect((await director.get(`/api/analytics/alerts?groupId=${world.groupId}`)).status).toBe(200);

    const refused = await director.get(trends);
    expect(refused.status).toBe(429);
    expect(refused.json()).toMatchObject({
      code: 'too_many_requests',
      detail: expect.stringMatching(/more than 5 analytics, audit or export requests in a minute/),
    });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await director.get('/api/groups')).status).toBe(200);
    expect((await (await context.signedIn(world.lead)).get(trends)).status).toBe(200);
  });
});
