import { kaplanMeier, retentionAt, survivalAt } from './retention';

/*
 * Seven members, time = sessions while enrolled, † = dropped out, * = still enrolled (censored):
 *   2†  3*  4†  4†  4*  6†  7*
 * By hand, S(t) = Π over event times ≤ t of (1 − d/n), censored members still at risk at their own time:
 *   t=2: n=7, d=1          S = 6/7
 *   t=3: n=6, censored 1   S = 6/7
 *   t=4: n=5, d=2, cens. 1 S = 6/7 · 3/5 = 18/35
 *   t=6: n=2, d=1          S = 18/35 · 1/2 = 9/35
 *   t=7: n=1, censored 1   S = 9/35
 */
const subjects = [
  { time: 4, event: true },
  { time: 2, event: true },
  { time: 7, event: false },
  { time: 3, event: false },
  { time: 4, event: false },
  { time: 6, event: true },
  { time: 4, event: true },
];

describe('Kaplan–Meier on a hand-worked group of seven', () => {
  it('gives the hand-computed steps, whatever the input order', () => {
    const curve = kaplanMeier(subjects);
    expect(curve.map(({ time, atRisk, events, censored }) => ({ time, atRisk, events, censored }))).toEqual([
      { time: 2, atRisk: 7, events: 1, censored: 0 },
      { time: 3, atRisk: 6, events: 0, censored: 1 },
      { time: 4, atRisk: 5, events: 2, censored: 1 },
      { time: 6, atRisk: 2, events: 1, censored: 0 },
      { time: 7, atRisk: 1, events: 0, censored: 1 },
    ]);
    [6 / 7, 6 / 7, 18 / 35, 9 / 35, 9 / 35].forEach((expected, i) => expect(curve[i].survival).toBeCloseTo(expected, 15));
  });

  it('gives retention after the 4th session, and none after the 8th where nobody was followed that long', () => {
    // At 4: members with time ≥ 4 are at risk (4, 4, 4, 6, 7) = 5; S(4) = 18/35. At 8: nobody, and S has not reached 0.
    const [after4, after8] = retentionAt(subjects, [4, 8]);
    expect(after4.session).toBe(4);
    expect(after4.atRisk).toBe(5);
    expect(after4.retained).toBeCloseTo(18 / 35, 15);
    expect(after8).toEqual({ session: 8, retained: null, atRisk: 0 });
  });

  it('has no steps and full survival for nobody', () => {
    expect(kaplanMeier([])).toEqual([]);
    expect(survivalAt([], 3)).toBe(1);
  });

  it('refuses negative or non-finite times', () => {
    expect(() => kaplanMeier([{ time: -1, event: true }])).toThrow(RangeError);
    expect(() => kaplanMeier([{ time: Number.NaN, event: true }])).toThrow(RangeError);
  });
});
