import { reach } from './reach';

describe('reach: member-sessions per facilitator-hour', () => {
  it('is 80 member-sessions over 2 facilitators × 10 sessions × 90 minutes = 30 hours → 8/3 per hour', () => {
    expect(reach({ memberSessionsDelivered: 80, facilitatorMinutes: 1800 })).toBeCloseTo(8 / 3, 15);
  });

  it('is 8 for one facilitator with 8 members for an hour', () => {
    expect(reach({ memberSessionsDelivered: 8, facilitatorMinutes: 60 })).toBe(8);
  });

  it('is null without facilitator time, and refuses negative counts', () => {
    expect(reach({ memberSessionsDelivered: 0, facilitatorMinutes: 0 })).toBeNull();
    expect(reach({ memberSessionsDelivered: 5, facilitatorMinutes: 0 })).toBeNull();
    expect(() => reach({ memberSessionsDelivered: -1, facilitatorMinutes: 60 })).toThrow(RangeError);
    expect(() => reach({ memberSessionsDelivered: 5, facilitatorMinutes: -60 })).toThrow(RangeError);
  });
});
