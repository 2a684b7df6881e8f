import { kaplanMeier, survivalAt } from './retention';

/*
 * Freireich et al. (1963), 6-MP arm: weeks in remission for 21 patients, * censored:
 *   6 6 6 6* 7 9* 10 10* 11* 13 16 17* 19* 20* 22 23 25* 32* 32* 34* 35*
 * The textbook table (Kleinbaum & Klein, Survival Analysis, ch. 2) gives S(6) = 0.857, S(7) = 0.807, S(10) = 0.753,
 * S(13) = 0.690, S(16) = 0.627, S(22) = 0.538, S(23) = 0.448. As exact products (Python fractions):
 *   t   n  d   S
 *   6  21  3   18/21                 = 6/7
 *   7  17  1   6/7 · 16/17           = 96/119
 *   10 15  1   96/119 · 14/15        = 64/85
 *   13 12  1   64/85 · 11/12         = 176/255
 *   16 11  1   176/255 · 10/11       = 32/51
 *   22  7  1   32/51 · 6/7           = 64/119
 *   23  6  1   64/119 · 5/6          = 160/357
 */
const REMISSION_WEEKS = [
  [6, true],
  [6, true],
  [6, true],
  [6, false],
  [7, true],
  [9, false],
  [10, true],
  [10, false],
  [11, false],
  [13, true],
  [16, true],
  [17, false],
  [19, false],
  [20, false],
  [22, true],
  [23, true],
  [25, false],
  [32, false],
  [32, false],
  [34, false],
  [35, false],
] as const;
const subjects = REMISSION_WEEKS.map(([time, event]) => ({ time, event }));

describe('Kaplan–Meier on the Freireich 6-MP leukemia data', () => {
  const curve = kaplanMeier(subjects);

  it('matches the textbook survival at every event time', () => {
    const atEvents = curve.filter((step) => step.events > 0).map(({ time, survival }) => [time, survival]);
    const expected: [number, number][] = [
      [6, 6 / 7],
      [7, 96 / 119],
      [10, 64 / 85],
      [13, 176 / 255],
      [16, 32 / 51],
      [22, 64 / 119],
      [23, 160 / 357],
    ];
    expect(atEvents).toHaveLength(expected.length);
    atEvents.forEach(([time, survival], i) => {
      expect(time).toBe(expected[i][0]);
      expect(survival).toBeCloseTo(expected[i][1], 14);
    });
    expect(survivalAt(curve, 6)).toBeCloseTo(0.857, 3);
    expect(survivalAt(curve, 7)).toBeCloseTo(0.807, 3);
    expect(survivalAt(curve, 10)).toBeCloseTo(0.753, 3);
    expect(survivalAt(curve, 13)).toBeCloseTo(0.69, 3);
    expect(survivalAt(curve, 16)).toBeCloseTo(0.627, 3);
    expect(survivalAt(curve, 22)).toBeCloseTo(0.538, 3);
    expect(survivalAt(curve, 23)).toBeCloseTo(0.448, 3);
  });

  it('has one step per distinct time with the numbers at risk, events and censorings', () => {
    expect(curve.map(({ time, atRisk, events, censored }) => [time, atRisk, events, censored])).toEqual([
      [6, 21, 3, 1],
      [7, 17, 1, 0],
      [9, 16, 0, 1],
      [10, 15, 1, 1],
      [11, 13, 0, 1],
      [13, 12, 1, 0],
      [16, 11, 1, 0],
      [17, 10, 0, 1],
      [19, 9, 0, 1],
      [20, 8, 0, 1],
      [22, 7, 1, 0],
      [23, 6, 1, 0],
      [25, 5, 0, 1],
      [32, 4, 0, 2],
      [34, 2, 0, 1],
      [35, 1, 0, 1],
    ]);
  });

  it('is a step function: 1 before the first event, flat between events and after the last', () => {
    expect(survivalAt(curve, 0)).toBe(1);
    expect(survivalAt(curve, 5.99)).toBe(1);
    expect(survivalAt(curve, 8)).toBe(survivalAt(curve, 7));
    expect(survivalAt(curve, 100)).toBeCloseTo(160 / 357, 14);
  });
});
