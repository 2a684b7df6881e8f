import type { CheckIn } from '@cohesion/contracts';
import { alertFollowUp, daysBetween } from './alert-follow-up';

const anAlert = (id: string, heldOn: string, acknowledgedAt: string | null, groupName = 'Tuesday circle'): CheckIn => ({
  id,
  groupId: 'g1',
  groupName,
  memberId: 'm1',
  memberCode: 'M-7K3Q9D',
  sessionId: 's1',
  heldOn,
  reasons: [{ kind: 'low', measure: 'belonging', detail: 'Belonging 3 in the latest session attended (threshold 4)' }],
  acknowledgedAt,
  acknowledgement: acknowledgedAt ? { by: { id: 'u1', displayName: 'Dana Reyes' }, at: acknowledgedAt, action: 'Called them' } : null,
});

describe('alert follow-up', () => {
  it('counts whole days between dates and instants, never negative', () => {
    expect(daysBetween('2026-11-20', '2026-11-27')).toBe(7);
    expect(daysBetween('2026-11-20', '2026-11-21T23:59:00.000Z')).toBe(1);
    expect(daysBetween('2026-11-27', '2026-11-20')).toBe(0);
  });

  it('lists open alerts longest open first, and acted-on ones latest action first with the median response time', () => {
    const followUp = alertFollowUp(
      [
        anAlert('a', '2026-11-24', null),
        anAlert('b', '2026-11-10', null),
        anAlert('c', '2026-11-10', '2026-11-12T09:00:00.000Z'),
        anAlert('d', '2026-11-17', '2026-11-25T09:00:00.000Z'),
        anAlert('e', '2026-11-20', '2026-11-21T09:00:00.000Z'),
      ],
      '2026-11-27',
    );
    expect(followUp.open.map((row) => [row.alert.id, row.daysOpen])).toEqual([
      ['b', 17],
      ['a', 3],
    ]);
    expect(followUp.actedOn.map((row) => [row.alert.id, row.daysToAction])).toEqual([
      ['d', 8],
      ['e', 1],
      ['c', 2],
    ]);
    expect(followUp.medianDaysToAction).toBe(2);
  });

  it('has no median without acted-on alerts, and averages the middle two of an even count', () => {
    expect(alertFollowUp([anAlert('a', '2026-11-24', null)], '2026-11-27').medianDaysToAction).toBeNull();
    expect(
      alertFollowUp([anAlert('c', '2026-11-10', '2026-11-11T00:00:00Z'), anAlert('d', '2026-11-10', '2026-11-14T00:00:00Z')], '2026-11-27').medianDaysToAction,
    ).toBe(2.5);
  });
});
