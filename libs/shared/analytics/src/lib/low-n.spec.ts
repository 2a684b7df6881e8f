import { isLowN, LOW_N_MEMBERS } from './low-n';

describe('low n', () => {
  it('marks cells of fewer than 5 distinct members', () => {
    expect(LOW_N_MEMBERS).toBe(5);
    expect([0, 1, 4, 5, 6].map(isLowN)).toEqual([true, true, true, false, false]);
  });
});
