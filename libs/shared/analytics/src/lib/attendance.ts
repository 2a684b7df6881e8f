/** Member-sessions by attendance status. */
export interface AttendanceCounts {
  present: number;
  late: number;
  absent: number;
  excused: number;
}

/** Present-or-late ÷ scheduled member-sessions (all four statuses); null when none were scheduled. */
export function attendanceRate(counts: AttendanceCounts): number | null {
  const scheduled = counts.present + counts.late + counts.absent + counts.excused;
  return scheduled === 0 ? null : (counts.present + counts.late) / scheduled;
}
