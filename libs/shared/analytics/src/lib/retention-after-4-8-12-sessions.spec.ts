import { retentionAt } from './retention';

/*
 * Ten members of a rolling group (sessions while enrolled; † dropped out, * still enrolled or completed):
 *   3†  4*  5†  6*  8†  9†  10*  12*  14*  16*
 * By hand:
 *   t=3: n=10, d=1  S = 9/10
 *   t=5: n=8,  d=1  S = 9/10 · 7/8 = 63/80
 *   t=8: n=6,  d=1  S = 63/80 · 5/6 = 21/32
 *   t=9: n=5,  d=1  S = 21/32 · 4/5 = 21/40
 * Retention after the 4th session = S(4) = 9/10 with 9 members at risk (time ≥ 4); after the 8th = S(8) = 21/32 with 6;
 * after the 12th = S(12) = 21/40 with 3 (12, 14, 16).
 */
const members = [
  { time: 3, event: true },
  { time: 4, event: false },
  { time: 5, event: true },
  { time: 6, event: false },
  { time: 8, event: true },
  { time: 9, event: true },
  { time: 10, event: false },
  { time: 12, event: false },
  { time: 14, event: false },
  { time: 16, event: false },
];

describe('retention after the 4th, 8th and 12th session', () => {
  it('is the Kaplan–Meier estimate at each, with the members still followed', () => {
    const points = retentionAt(members);
    expect(points.map(({ session, atRisk }) => [session, atRisk])).toEqual([
      [4, 9],
      [8, 6],
      [12, 3],
    ]);
    expect(points[0].retained).toBeCloseTo(9 / 10, 15);
    expect(points[1].retained).toBeCloseTo(21 / 32, 15);
    expect(points[2].retained).toBeCloseTo(21 / 40, 15);
  });

  it('is 0, not unknown, once everyone has dropped out', () => {
    expect(
      retentionAt(
        [
          { time: 2, event: true },
          { time: 3, event: true },
        ],
        [4],
      ),
    ).toEqual([{ session: 4, retained: 0, atRisk: 0 }]);
  });

  it('is unknown for a group that has only just started', () => {
    expect(
      retentionAt([
        { time: 1, event: false },
        { time: 2, event: false },
      ]),
    ).toEqual([
      { session: 4, retained: null, atRisk: 0 },
      { session: 8, retained: null, atRisk: 0 },
      { session: 12, retained: null, atRisk: 0 },
    ]);
    expect(retentionAt([], [4])).toEqual([{ session: 4, retained: null, atRisk: 0 }]);
  });
});
