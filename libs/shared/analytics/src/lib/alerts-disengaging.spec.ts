import type { AttendanceStatus } from '@cohesion/domain';
import { DEFAULT_ALERT_SETTINGS, type GroupSessionClimate, type MemberSession } from './alerts';
import { memberAlerts } from './member-alerts';

const group: GroupSessionClimate[] = ['g1', 'g2', 'g3', 'g4'].map((sessionId, i) => ({
  sessionId,
  heldOn: `2026-04-0${i + 1}`,
  benefitIndex: { n: 6, mean: 7, sd: 1 },
}));
const attendance = (...statuses: AttendanceStatus[]): MemberSession[] =>
  statuses.map((status, i) => ({
    sessionId: `g${i + 1}`,
    heldOn: `2026-04-0${i + 1}`,
    attendance: status,
    scores: status === 'present' || status === 'late' ? { belonging: 7 } : {},
  }));

describe('disengaging alerts: 2 consecutive unexcused absences', () => {
  it('flags two absences in a row, at the latest of them', () => {
    expect(memberAlerts(attendance('present', 'present', 'absent', 'absent'), group, DEFAULT_ALERT_SETTINGS)).toEqual([
      { kind: 'disengaging', measure: null, sessionId: 'g4', detail: 'Absent without excuse from 2 consecutive sessions' },
    ]);
  });

  it('does not count an excused absence', () => {
    expect(memberAlerts(attendance('present', 'present', 'absent', 'excused'), group, DEFAULT_ALERT_SETTINGS)).toEqual([]);
    expect(memberAlerts(attendance('present', 'present', 'excused', 'absent'), group, DEFAULT_ALERT_SETTINGS)).toEqual([]);
  });

  it('stops once the member comes back, late or not', () => {
    expect(memberAlerts(attendance('present', 'absent', 'absent', 'late'), group, DEFAULT_ALERT_SETTINGS)).toEqual([]);
  });

  it('needs two absences, not one', () => {
    expect(memberAlerts(attendance('absent'), group, DEFAULT_ALERT_SETTINGS)).toEqual([]);
    expect(memberAlerts(attendance('present', 'present', 'present', 'absent'), group, DEFAULT_ALERT_SETTINGS)).toEqual([]);
  });
});
