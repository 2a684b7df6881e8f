import { MEASURES } from '@cohesion/domain';
import { climateAt, simulateGroup, type GroupHistory } from './group-history';
import type { GroupPlan } from './organization-plan';
import { SynthRandom } from './synth-random';
import { PROGRAMS } from './synth-vocabulary';

function aGroup(overrides: Partial<GroupPlan> = {}): GroupPlan {
  return {
    id: 'group',
    name: 'Recovery, Tuesdays 18:00',
    programId: 'program',
    program: PROGRAMS[0],
    kind: 'open',
    weekday: 2,
    schedule: 'Tuesdays 18:00',
    leadId: 'lead',
    coId: null,
    supervisorId: 'supervisor',
    climateOffset: 0,
    climateDrop: null,
    ...overrides,
  };
}

function simulate(group: GroupPlan, seed = 7, weeks = 208): GroupHistory {
  let n = 0;
  return simulateGroup(group, { members: 10, weeks, random: new SynthRandom(seed), newId: () => `${seed}/m${++n}`, newMemberCode: () => `M-${n}` });
}

const histories = Array.from({ length: 20 }, (_, i) => simulate(aGroup({ kind: i % 2 ? 'closed' : 'open', program: PROGRAMS[i % 10] }), i));
const all = <T>(pick: (h: GroupHistory) => T[]) => histories.flatMap(pick);

describe('synthetic group history', () => {
  it('keeps every seat of an open group filled: ten members enrolled at every session', () => {
    const open = simulate(aGroup());
    expect(open.sessions.every((s) => s.attendance.length === 10)).toBe(true);
    for (const e of open.enrollments) expect(e.lastAt === null || e.lastAt >= e.joinedAt).toBe(true);
  });

  it('starts a closed cohort together, a little over the target, and lets it shrink by dropout only', () => {
    const closed = simulate(aGroup({ kind: 'closed', program: PROGRAMS[1] }));
    const course = PROGRAMS[1].courseLength;
    const cohortStarts = [...new Set(closed.enrollments.map((e) => e.joinedAt))];
    expect(cohortStarts.every((at) => at % course === 0)).toBe(true);
    expect(closed.sessions[0].attendance).toHaveLength(12);
    for (let s = 1; s < closed.sessions.length; s++) {
      if (s % course !== 0) expect(closed.sessions[s].attendance.length).toBeLessThanOrEqual(closed.sessions[s - 1].attendance.length);
    }
  });

  it('loses about a quarter of its members to dropout, most of them early', () => {
    const ended = all((h) => h.enrollments.filter((e) => e.exitReason !== null));
    const dropped = ended.filter((e) => e.exitReason === 'dropped_out');
    expect(dropped.length / ended.length).toBeGreaterThan(0.2);
    expect(dropped.length / ended.length).toBeLessThan(0.3);
    const stay = (e: (typeof ended)[number]) => (e.lastAt as number) - e.joinedAt + 1;
    expect(dropped.filter((e) => stay(e) <= 4).length / dropped.length).toBeGreaterThan(0.5);
  });

  it('records about 80% present, some late, and absences that come in streaks', () => {
    const statuses = all((h) => h.sessions.flatMap((s) => s.attendance.map((a) => a.status)));
    const share = (status: string) => statuses.filter((s) => s === status).length / statuses.length;
    expect(share('present')).toBeGreaterThan(0.75);
    expect(share('present')).toBeLessThan(0.85);
    expect(share('late')).toBeGreaterThan(0.04);
    expect(share('absent') + share('excused')).toBeGreaterThan(0.1);

    const missed = (status: string | undefined) => status === 'absent' || status === 'excused';
    const transitions = { afterMissed: [0, 0], afterCame: [0, 0] };
    for (const h of histories) {
      const previous = new Map<string, string>();
      for (const session of h.sessions) {
        for (const { memberId, status } of session.attendance) {
          if (previous.has(memberId)) transitions[missed(previous.get(memberId)) ? 'afterMissed' : 'afterCame'][missed(status) ? 1 : 0]++;
          previous.set(memberId, status);
        }
      }
    }
    const rate = ([came, miss]: number[]) => miss / (came + miss);
    expect(rate(transitions.afterMissed)).toBeGreaterThan(2 * rate(transitions.afterCame));
  });

  it('rates every present or late member on the three measures, 0 to 10, and nobody else', () => {
    for (const session of histories[0].sessions) {
      const attended = session.attendance
        .filter((a) => a.status === 'present' || a.status === 'late')
        .map((a) => a.memberId)
        .sort();
      expect([...new Set(session.ratings.map((r) => r.memberId))].sort()).toEqual(attended);
      expect(session.ratings).toHaveLength(attended.length * MEASURES.length);
      for (const r of session.ratings) expect(Number.isInteger(r.score) && r.score >= 0 && r.score <= 10).toBe(true);
    }
  });

  it('lets members improve with their own session number, and about a tenth decline', () => {
    const perMember = new Map<string, number[]>();
    for (const h of histories) {
      for (const session of h.sessions) {
        const sums = new Map<string, number>();
        for (const r of session.ratings) sums.set(r.memberId, (sums.get(r.memberId) ?? 0) + r.score / 3);
        for (const [member, benefit] of sums) perMember.set(member, [...(perMember.get(member) ?? []), benefit]);
      }
    }
    const long = [...perMember.values()].filter((scores) => scores.length >= 12);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const change = long.map((scores) => mean(scores.slice(9, 12)) - mean(scores.slice(0, 2)));
    expect(mean(change)).toBeGreaterThan(1);
    const declined = change.filter((c) => c <= -1.5).length / change.length;
    expect(declined).toBeGreaterThan(0.04);
    expect(declined).toBeLessThan(0.16);
  });

  it('correlates the three measures of a member-session', () => {
    const pairs = histories[0].sessions.flatMap((s) => {
      const byMember = new Map<string, Record<string, number>>();
      for (const r of s.ratings) byMember.set(r.memberId, { ...byMember.get(r.memberId), [r.measure]: r.score });
      return [...byMember.values()].map((m) => [m['belonging'], m['accountability']]);
    });
    const [xs, ys] = [pairs.map((p) => p[0]), pairs.map((p) => p[1])];
    const mx = xs.reduce((a, b) => a + b) / xs.length;
    const my = ys.reduce((a, b) => a + b) / ys.length;
    const cov = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0);
    const r = cov / Math.sqrt(xs.reduce((s, x) => s + (x - mx) ** 2, 0) * ys.reduce((s, y) => s + (y - my) ** 2, 0));
    expect(r).toBeGreaterThan(0.5);
  });

  it('drops a group climate during its bad weeks and recovers over six weeks', () => {
    const group = { climateOffset: 0.2, climateDrop: { start: 50, length: 4, depth: 2 } };
    expect([49, 50, 53, 54, 60, 61].map((s) => Number(climateAt(group, s).toFixed(2)))).toEqual([0.2, -1.8, -1.8, -1.51, 0.2, 0.2]);
  });

  it('tells the same story from the same seed', () => {
    expect(simulate(aGroup(), 3, 20)).toEqual(simulate(aGroup(), 3, 20));
  });
});
