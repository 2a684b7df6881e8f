import { attended, MEASURES, type AttendanceStatus, type ExitReason, type Measure, type RatingSource } from '@cohesion/domain';
import { attendanceAt, drawMember, scoresAt, type MemberProfile } from './member-model';
import type { GroupPlan } from './organization-plan';
import type { SynthRandom } from './synth-random';

export interface Enrollment {
  memberId: string;
  code: string;
  /** Index of the first session at which the member is enrolled. */
  joinedAt: number;
  /** Index of the member's last session; the enrollment ends the day after it (null: still enrolled). */
  lastAt: number | null;
  exitReason: ExitReason | null;
}

export interface SessionRecord {
  index: number;
  attendance: { memberId: string; status: AttendanceStatus }[];
  ratings: { memberId: string; measure: Measure; score: number; source: RatingSource }[];
  /** Members whose benefit index this session was 4 or lower (a note may mention how they seemed). */
  strugglingMemberIds: string[];
}

export interface GroupHistory {
  enrollments: Enrollment[];
  sessions: SessionRecord[];
}

interface Seat {
  enrollment: Enrollment;
  profile: MemberProfile;
  scheduled: number;
  attendedCount: number;
  previous: AttendanceStatus | null;
}

export interface HistoryContext {
  /** Members enrolled at a time: the seats of an open group, and about the mean size of a closed cohort. */
  members: number;
  weeks: number;
  random: SynthRandom;
  newId: () => string;
  newMemberCode: () => string;
}

/** Closed groups enrol a fifth more than the target, as clinics do, so that the cohort stays near it after dropout. */
const CLOSED_OVERBOOKING = 0.2;

/**
 * Who was enrolled, who came and how they rated each weekly session of one group. Open groups keep their seats full:
 * whoever leaves is replaced at the next session. Closed groups start a cohort together, lose members to dropout
 * without replacement, and finish together; the next cohort starts the week after.
 */
export function simulateGroup(group: GroupPlan, context: HistoryContext): GroupHistory {
  const { random, weeks } = context;
  const course = group.program.courseLength;
  const enrollments: Enrollment[] = [];
  const sessions: SessionRecord[] = [];
  let seats: Seat[] = [];

  const enrol = (at: number, courseLength: number): Seat => {
    const enrollment: Enrollment = { memberId: context.newId(), code: context.newMemberCode(), joinedAt: at, lastAt: null, exitReason: null };
    enrollments.push(enrollment);
    return { enrollment, profile: drawMember(random, courseLength), scheduled: 0, attendedCount: 0, previous: null };
  };

  for (let s = 0; s < weeks; s++) {
    if (group.kind === 'open') {
      // The founding members of an open group are part-way through their stay, so turnover is spread out from the start.
      while (seats.length < context.members) seats.push(enrol(s, s === 0 ? random.int(2, course) : course));
    } else if (s % course === 0) {
      // Everyone of the previous cohort has left by now: a closed member's stay is at most the course.
      seats = Array.from({ length: Math.round(context.members * (1 + CLOSED_OVERBOOKING)) }, () => enrol(s, course));
    }
    sessions.push(holdSession(group, s, seats, random));
    for (const seat of seats) {
      if (seat.scheduled < seat.profile.stay) continue;
      seat.enrollment.lastAt = s;
      seat.enrollment.exitReason = seat.profile.exit;
    }
    seats = seats.filter((seat) => seat.enrollment.lastAt === null);
  }
  return { enrollments, sessions };
}

function holdSession(group: GroupPlan, index: number, seats: Seat[], random: SynthRandom): SessionRecord {
  const climate = climateAt(group, index);
  const session: SessionRecord = { index, attendance: [], ratings: [], strugglingMemberIds: [] };
  for (const seat of seats) {
    seat.scheduled++;
    const status = attendanceAt(seat.profile, seat.scheduled, seat.previous, random);
    seat.previous = status;
    const memberId = seat.enrollment.memberId;
    session.attendance.push({ memberId, status });
    if (!attended(status)) continue;
    seat.attendedCount++;
    const scores = scoresAt(seat.profile, seat.attendedCount, climate, random);
    const source: RatingSource = seat.profile.selfReports ? 'self_report' : 'facilitator_entered';
    for (const measure of MEASURES) session.ratings.push({ memberId, measure, score: scores[measure], source });
    if (MEASURES.reduce((sum, m) => sum + scores[m], 0) <= 12) session.strugglingMemberIds.push(memberId);
  }
  return session;
}

/** The group's level at session `index`: its own offset, and during a climate drop a fall that recovers over six weeks. */
export function climateAt(group: Pick<GroupPlan, 'climateOffset' | 'climateDrop'>, index: number): number {
  const drop = group.climateDrop;
  if (!drop || index < drop.start) return group.climateOffset;
  const sinceEnd = index - (drop.start + drop.length);
  if (sinceEnd < 0) return group.climateOffset - drop.depth;
  return group.climateOffset - drop.depth * Math.max(0, 1 - (sinceEnd + 1) / 7);
}
