import type { CheckIn, TrendPoint } from '@cohesion/contracts';
import { lastSessionFeedback } from './last-session-feedback';

const point = (period: string, mean: number | null): TrendPoint => ({ period, n: 8, members: 8, mean, sd: null, ciLow: null, ciHigh: null, lowN: false });
const flag = (memberId: string | null, heldOn: string) => ({ memberId, heldOn }) as CheckIn;

describe('lastSessionFeedback', () => {
  it('gives each measure of the last session with its change, and the members flagged that day (each counted once)', () => {
    const series = {
      belonging: [point('2026-11-17', 7.5), point('2026-11-24', 7.1)],
      learning: [point('2026-11-17', 6.6), point('2026-11-24', 6.8)],
      accountability: [point('2026-11-17', 6.53), point('2026-11-24', 6.5)],
    };
    const alerts = [flag('m1', '2026-11-24'), flag('m1', '2026-11-24'), flag('m2', '2026-11-17'), flag(null, '2026-11-24')];
    expect(lastSessionFeedback(series, alerts)).toBe('Last session: Belonging 7.1 (−0.4), Learning 6.8 (+0.2), Accountability 6.5 (±0.0); 1 member flagged.');
  });

  it('leaves out the change after a group’s first session, and says so when nobody was flagged', () => {
    expect(lastSessionFeedback({ belonging: [point('2026-11-24', 8)], learning: [point('2026-11-24', 7)] }, [])).toBe(
      'Last session: Belonging 8.0, Learning 7.0; 0 members flagged.',
    );
  });

  it('has nothing to say before the first rated session', () => {
    expect(lastSessionFeedback({ belonging: [point('2026-11-24', null)] }, [])).toBeNull();
  });
});
