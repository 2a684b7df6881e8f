import { attendanceRate } from './attendance';

describe('attendance rate', () => {
  it('counts present and late over every scheduled member-session, excused absences included', () => {
    // (30 + 3) / (30 + 3 + 5 + 2) = 33 / 40
    expect(attendanceRate({ present: 30, late: 3, absent: 5, excused: 2 })).toBe(0.825);
  });

  it('is 1 when everyone came and 0 when nobody did', () => {
    expect(attendanceRate({ present: 4, late: 1, absent: 0, excused: 0 })).toBe(1);
    expect(attendanceRate({ present: 0, late: 0, absent: 2, excused: 3 })).toBe(0);
  });

  it('is null when nothing was scheduled', () => {
    expect(attendanceRate({ present: 0, late: 0, absent: 0, excused: 0 })).toBeNull();
  });
});
