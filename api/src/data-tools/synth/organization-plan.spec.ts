import { planOrganization } from './organization-plan';
import { SynthRandom } from './synth-random';

const counter = () => {
  let n = 0;
  return () => `id-${++n}`;
};
const plan = (groups: number) => planOrganization({ groups, weeks: 208 }, new SynthRandom(1), counter());

describe('synthetic organization plan', () => {
  const large = plan(500);
  const byEmail = (email: string) => large.staff.find((s) => s.email === email);
  const ledBy = (id: string | undefined) => large.groups.filter((g) => g.leadId === id);

  it('has about one facilitator per two groups and one supervisor per ten facilitators, with the demo accounts among them', () => {
    const roles = large.staff.reduce<Record<string, number>>((n, s) => ({ ...n, [s.role]: (n[s.role] ?? 0) + 1 }), {});
    expect(roles).toEqual({ facilitator: 250, supervisor: 25, director: 1, admin: 1 });
    expect(large.programs).toHaveLength(10);
    expect(new Set(large.staff.map((s) => s.email)).size).toBe(large.staff.length);
    expect([
      byEmail('ana@cohesion.test')?.role,
      byEmail('ben@cohesion.test')?.role,
      byEmail('supervisor@cohesion.test')?.role,
      byEmail('director@cohesion.test')?.role,
      byEmail('admin@cohesion.test')?.role,
    ]).toEqual(['facilitator', 'facilitator', 'supervisor', 'director', 'admin']);
  });

  it('lets ana@ and ben@ lead three groups each, the first of them open, under supervisor@', () => {
    const supervisor = byEmail('supervisor@cohesion.test')?.id;
    for (const email of ['ana@cohesion.test', 'ben@cohesion.test']) {
      const facilitator = byEmail(email)?.id;
      expect(ledBy(facilitator)).toHaveLength(3);
      expect(ledBy(facilitator)[0].kind).toBe('open');
      expect(large.supervisions).toContainEqual({ supervisorId: supervisor, facilitatorId: facilitator });
    }
    expect(large.supervisions.filter((s) => s.supervisorId === supervisor).length).toBeGreaterThanOrEqual(8);
  });

  it('gives every facilitator one supervisor and every group a lead who is not also its co-facilitator', () => {
    const facilitators = large.staff.filter((s) => s.role === 'facilitator').map((s) => s.id);
    expect(large.supervisions.map((s) => s.facilitatorId).sort()).toEqual([...facilitators].sort());
    for (const group of large.groups) expect(group.coId).not.toBe(group.leadId);
    const coShare = large.groups.filter((g) => g.coId).length / large.groups.length;
    expect(coShare).toBeGreaterThan(0.3);
    expect(coShare).toBeLessThan(0.5);
  });

  it('mixes open and closed groups on weekly schedules, and drops the climate of a few', () => {
    const closed = large.groups.filter((g) => g.kind === 'closed').length / large.groups.length;
    expect(closed).toBeGreaterThan(0.3);
    expect(closed).toBeLessThan(0.6);
    expect(large.groups.every((g) => /^(Mon|Tues|Wednes|Thurs|Fri|Satur)days \d\d:\d\d$/.test(g.schedule))).toBe(true);
    const drops = large.groups.filter((g) => g.climateDrop).length;
    expect(drops).toBeGreaterThan(25);
    expect(drops).toBeLessThan(80);
  });

  it('still has the five demo accounts, ana@ and ben@ leading a group each, when tiny', () => {
    const tiny = plan(3);
    expect(tiny.staff.map((s) => s.email).sort()).toEqual([
      'admin@cohesion.test',
      'ana@cohesion.test',
      'ben@cohesion.test',
      'director@cohesion.test',
      'supervisor@cohesion.test',
    ]);
    expect(tiny.groups.slice(0, 2).map((g) => g.kind)).toEqual(['open', 'open']);
    expect(new Set(tiny.groups.map((g) => g.leadId)).size).toBe(2);
  });
});
