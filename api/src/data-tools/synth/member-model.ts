import { MEASURES, type AttendanceStatus, type ExitReason, type Measure } from '@cohesion/domain';
import { MEASURE_OFFSETS } from '../demo/demo-story';
import { clamp, type SynthRandom } from './synth-random';

/** What a member brings to a group and how their stay will go, drawn when they join. */
export interface MemberProfile {
  /** Benefit on the 0–10 scale at their first session. */
  baseline: number;
  /** Change from baseline once the log-like course has run (negative for members who decline). */
  gain: number;
  /** Own session number from which a declining member falls; 1 for everyone else. */
  declineFrom: number;
  /** Per-measure level relative to the member's benefit (belonging runs a little above accountability). */
  measureOffsets: Record<Measure, number>;
  /** Chance of attending a session when the previous one was attended. */
  attendance: number;
  selfReports: boolean;
  exit: ExitReason;
  /** Scheduled sessions (attended or not) while enrolled: the stay ends before the next one. */
  stay: number;
  /** A member who drops out misses this many sessions before the enrollment is ended. */
  absencesBeforeExit: number;
}

export const DROPOUT_SHARE = 0.25;
export const DECLINING_SHARE = 0.1;
/** Own session number at which the course of improvement has mostly run. */
const COURSE = 20;

/** Draws a member who joins for a course of `courseLength` scheduled sessions. */
export function drawMember(random: SynthRandom, courseLength: number): MemberProfile {
  const declining = random.chance(DECLINING_SHARE);
  const measureOffsets = Object.fromEntries(MEASURES.map((m) => [m, MEASURE_OFFSETS[m] + random.normal(0, 0.35)])) as Record<Measure, number>;
  const fate = random.next();
  const exit: ExitReason =
    fate < DROPOUT_SHARE ? 'dropped_out' : fate < DROPOUT_SHARE + 0.02 ? 'transferred' : fate < DROPOUT_SHARE + 0.04 ? 'other' : 'completed';
  // Dropout comes early: half of those who drop out are gone within about three sessions.
  const stay =
    exit === 'completed'
      ? courseLength
      : exit === 'dropped_out'
        ? Math.min(courseLength - 1, 1 + Math.floor(-Math.log(1 - random.next()) * 4.5))
        : random.int(2, Math.max(2, courseLength - 1));
  return {
    baseline: clamp(random.normal(5.5, 0.9), 3.8, 7.4),
    gain: declining ? -random.normal(2.6, 0.7) : Math.max(0, random.normal(1.9, 0.8)),
    declineFrom: declining ? random.int(3, 8) : 1,
    measureOffsets,
    attendance: clamp(random.normal(0.92, 0.05), 0.6, 0.99),
    selfReports: random.chance(0.15),
    exit,
    stay: Math.max(1, stay),
    absencesBeforeExit: exit === 'dropped_out' ? Math.min(stay - 1, random.int(1, 2)) : 0,
  };
}

/**
 * Attendance at the member's `scheduled`-th session (1-based): absences come in streaks (a member who missed the last
 * session is likelier to miss this one), and a member who drops out stops coming before the enrollment ends.
 */
export function attendanceAt(member: MemberProfile, scheduled: number, previous: AttendanceStatus | null, random: SynthRandom): AttendanceStatus {
  if (scheduled > member.stay - member.absencesBeforeExit) return 'absent';
  const missedLast = previous === 'absent' || previous === 'excused';
  if (random.chance(missedLast ? member.attendance - 0.3 : member.attendance)) return random.chance(0.08) ? 'late' : 'present';
  return random.chance(0.35) ? 'excused' : 'absent';
}

/** The member's expected benefit at their `session`-th attended session, before the group's climate and noise. */
export function expectedBenefit(member: MemberProfile, session: number): number {
  const course = (k: number) => Math.min(1.15, Math.log(k) / Math.log(COURSE));
  if (member.gain >= 0) return member.baseline + member.gain * course(session);
  // Declining members first improve a little, then lose ground over about six sessions.
  const before = member.baseline + 0.8 * course(Math.min(session, member.declineFrom));
  return session <= member.declineFrom ? before : before + member.gain * Math.min(1, (session - member.declineFrom) / 6);
}

/** Scores of one attended session: one shared draw for the member-session (so the measures correlate) plus per-measure noise. */
export function scoresAt(member: MemberProfile, session: number, climate: number, random: SynthRandom): Record<Measure, number> {
  const level = expectedBenefit(member, session) + climate + random.normal(0, 0.6);
  const scores = {} as Record<Measure, number>;
  for (const measure of MEASURES) scores[measure] = Math.round(clamp(level + member.measureOffsets[measure] + random.normal(0, 0.5), 0, 10));
  return scores;
}
