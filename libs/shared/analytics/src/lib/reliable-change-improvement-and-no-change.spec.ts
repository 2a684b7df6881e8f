import { baselineOf, reliableChange, reliableChangeThreshold } from './reliable-change';

/*
 * s1 = 1.5, r = 0.8: S_diff = √2 · 1.5 · √0.2 = 0.9486832980505138 (mpmath)
 *   from 5 to 8: RC = 3 / 0.94868… = 3.1622776601683793 → reliable improvement
 *   from 6 to 4.5: RC = −1.5 / 0.94868… = −1.5811388300841897 → within measurement error
 */
describe('reliable improvement and change within measurement error', () => {
  it('calls a rise of 3 points a reliable improvement', () => {
    const change = reliableChange({ baseline: 5, latest: 8, s1: 1.5, reliability: 0.8 });
    expect(change?.index).toBeCloseTo(3.162277660168379, 13);
    expect(change).toMatchObject({ reliable: true, direction: 'improved' });
  });

  it('calls a fall of 1.5 points unchanged', () => {
    const change = reliableChange({ baseline: 6, latest: 4.5, s1: 1.5, reliability: 0.8 });
    expect(change?.index).toBeCloseTo(-1.5811388300841898, 13);
    expect(change).toMatchObject({ reliable: false, direction: 'unchanged' });
  });

  it('calls no change at all unchanged', () => {
    expect(reliableChange({ baseline: 6, latest: 6, s1: 1.5, reliability: 0.8 })).toMatchObject({ index: 0, reliable: false, direction: 'unchanged' });
  });

  it('has no index without a spread of first-session scores or with a reliability outside [0, 1)', () => {
    for (const s1 of [0, -1, Number.NaN, Infinity]) expect(reliableChange({ baseline: 6, latest: 2, s1, reliability: 0.8 })).toBeNull();
    for (const reliability of [1, 1.2, -0.1, Number.NaN]) expect(reliableChange({ baseline: 6, latest: 2, s1: 1.5, reliability })).toBeNull();
    // r = 0 is allowed: S_diff = √2 · s1
    expect(reliableChange({ baseline: 6, latest: 2, s1: 1.5, reliability: 0 })?.sDiff).toBeCloseTo(Math.SQRT2 * 1.5, 15);
    expect(() => reliableChangeThreshold(0, 0.8)).toThrow(RangeError);
    expect(() => reliableChangeThreshold(1.5, 1)).toThrow(RangeError);
  });

  it('has a baseline only from 2 rated sessions on', () => {
    expect(baselineOf([])).toBeNull();
    expect(baselineOf([6])).toBeNull();
    expect(baselineOf([6, 9])).toBe(7.5);
    expect(baselineOf([6, 9, 1])).toBe(7.5);
  });
});
