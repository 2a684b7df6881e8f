import { benefitIndexOf, DEFAULT_ALERT_SETTINGS } from './alerts';

describe('benefit index', () => {
  it('is the mean of the measures rated', () => {
    expect(benefitIndexOf({ belonging: 3, learning: 4, accountability: 8 })).toBe(5);
    expect(benefitIndexOf({ belonging: 3, accountability: 8 })).toBe(5.5);
    expect(benefitIndexOf({ learning: 0 })).toBe(0);
  });

  it('is null when no measure was rated', () => {
    expect(benefitIndexOf({})).toBeNull();
  });
});

describe('default alert settings', () => {
  it('are a threshold of 4 on every measure, reliability 0.80 and no s1 yet', () => {
    expect(DEFAULT_ALERT_SETTINGS).toEqual({ lowThreshold: { belonging: 4, learning: 4, accountability: 4 }, reliability: 0.8, s1: {} });
  });

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_ALERT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_ALERT_SETTINGS.lowThreshold)).toBe(true);
    expect(Object.isFrozen(DEFAULT_ALERT_SETTINGS.s1)).toBe(true);
  });
});
