import type { Measure } from '@cohesion/domain';
import type { StaffRef } from './sessions';

export const TREND_SCOPES = ['group', 'facilitator', 'program', 'organization'] as const;
export type TrendScope = (typeof TREND_SCOPES)[number];

export const TREND_BUCKETS = ['session', 'week', 'month'] as const;
export type TrendBucket = (typeof TREND_BUCKETS)[number];

/** The three measures and the group benefit index (the mean of the three for a member-session). */
export const SERIES_KEYS = ['belonging', 'learning', 'accountability', 'benefitIndex'] as const;
export type SeriesKey = (typeof SERIES_KEYS)[number];

/** Longest date range an analytics request may span. */
export const ANALYTICS_MAX_RANGE_YEARS = 10;

/** One bucket of one series. `mean`, `sd` and the 95% interval are null where they are undefined (n = 0; n < 2). */
export interface TrendPoint {
  /** The session date, the ISO week's Monday or the month's first day. */
  period: string;
  /** The session, when the bucket is a session. */
  sessionId?: string;
  n: number;
  /** Distinct members who rated in the bucket. */
  members: number;
  mean: number | null;
  sd: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Fewer than 5 members: read with caution. */
  lowN: boolean;
}

/** `GET /api/analytics/trends` */
/** What a trend is about: a scope (and its id), the bucket, and an optional date range (ISO dates). */
export interface TrendRequest {
  scope: TrendScope;
  id?: string;
  bucket: TrendBucket;
  from?: string;
  to?: string;
}

export interface TrendResponse {
  scope: TrendScope;
  id: string | null;
  bucket: TrendBucket;
  from: string;
  to: string;
  series: Record<SeriesKey, TrendPoint[]>;
}

export type ScoresBySeries = Record<SeriesKey, number | null>;

/** One point of `GET /api/analytics/groups/:groupId/members/:memberId/trajectory`: the member's nth rated session. */
export interface TrajectoryPoint {
  sessionNumber: number;
  sessionId: string;
  heldOn: string;
  scores: ScoresBySeries;
  /** The group's mean of the same session. */
  groupMean: ScoresBySeries;
  /** Members who rated each series in that session (the benefit index: who rated anything). */
  groupMembers: Record<SeriesKey, number>;
  /** Per series, fewer than 5 members behind the group mean: read with caution. */
  groupLowN: Record<SeriesKey, boolean>;
}

/** The rules that make a check-in (docs/analytics.md); `climate_drop` is about a whole group. */
export const ALERT_KINDS = ['low', 'declining', 'behind_group', 'disengaging', 'climate_drop'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export interface CheckInAcknowledgement {
  by: StaffRef;
  at: string;
  action: string;
}

/** One reason of a check-in: the rule, the measure it concerns (null for the benefit index and attendance), in plain words. */
export interface CheckInReason {
  kind: AlertKind;
  measure: Measure | null;
  detail: string;
}

/**
 * "Check in with this member": one per member per session, listing its reasons (for a climate drop, one per group
 * and session, without a member). Acknowledging it closes all its reasons.
 */
export interface CheckIn {
  id: string;
  groupId: string;
  groupName: string;
  memberId: string | null;
  memberCode: string | null;
  sessionId: string;
  heldOn: string;
  reasons: CheckInReason[];
  acknowledgedAt: string | null;
  acknowledgement: CheckInAcknowledgement | null;
}

/** Which check-ins to list: not yet acknowledged, acknowledged, or both. */
export const CHECK_IN_STATUS_FILTERS = ['open', 'acknowledged', 'all'] as const;
export type CheckInStatusFilter = (typeof CHECK_IN_STATUS_FILTERS)[number];

/** Body of `POST /api/analytics/alerts/:id/acknowledge`: what was done about the check-in. */
export interface AcknowledgeCheckInRequest {
  action: string;
}

export interface RetentionPoint {
  /** The member's nth session attended (present or late) while enrolled; absences are not sessions. */
  session: number;
  /** Kaplan–Meier share still attending; null when nobody was followed that long. */
  retained: number | null;
  atRisk: number;
}

/** `GET /api/analytics/attendance`: attendance, retention and reach of a scope over a range. */
export interface AttendanceSummary {
  scope: TrendScope;
  id: string | null;
  from: string;
  to: string;
  sessions: number;
  scheduled: number;
  present: number;
  late: number;
  absent: number;
  excused: number;
  /** (present + late) ÷ scheduled member-sessions; null when none were scheduled. */
  attendanceRate: number | null;
  retention: RetentionPoint[];
  facilitatorHours: number;
  /** Member-sessions delivered per facilitator-hour; null without facilitator time. */
  reach: number | null;
  /** Attendance week by week (ISO weeks with sessions), for the attendance curve. */
  weekly: AttendanceWeek[];
}

/** One ISO week of attendance in a scope. */
export interface AttendanceWeek {
  /** The ISO week's Monday. */
  week: string;
  /** Member-sessions scheduled (all four statuses) and attended (present or late). */
  scheduled: number;
  attended: number;
  /** attended ÷ scheduled. */
  attendanceRate: number;
}

/** One rated session of a member: their scores and the benefit index. */
export interface MemberSessionScores {
  sessionId: string;
  heldOn: string;
  scores: ScoresBySeries;
}

/** `GET /api/analytics/groups/:groupId/members`: each member of the group at a glance, for the member table. */
export interface MemberOutcomeSummary {
  memberId: string;
  code: string;
  joinedOn: string;
  leftOn: string | null;
  /** Sessions of this group the member attended (present or late), and those they were expected at. */
  sessionsAttended: number;
  sessionsScheduled: number;
  /** The latest session in which the member was rated; null before their first rating. */
  latest: MemberSessionScores | null;
  /** Benefit index of the member's last rated sessions (at most 8), oldest first: the sparkline. */
  recentBenefitIndex: { heldOn: string; value: number | null }[];
}

/** One week of a group's climate: the benefit index mean over the week's rated member-sessions. */
export interface GroupClimateWeek {
  /** The ISO week's Monday. */
  week: string;
  benefitIndex: number | null;
  /** The most members who rated in one session of the week. */
  members: number;
}

/** `GET /api/analytics/groups/climate`: groups × weeks of the benefit index, for the heatmap. */
export interface GroupClimate {
  groupId: string;
  groupName: string;
  programId: string;
  programName: string;
  weeks: GroupClimateWeek[];
}

/** A week of a group's benefit index, for the sparkline of its card. */
export interface GlanceWeek {
  /** The ISO week's Monday. */
  week: string;
  benefitIndex: number | null;
  /** Distinct members behind the week's benefit index. */
  members: number;
  /** Fewer than 5 members: read with caution. */
  lowN: boolean;
}

/**
 * `GET /api/analytics/groups/glance`: each visible group on its card. "Recent" is the 28 days ending today in the
 * clinic's time zone; the change compares them with the 28 days before.
 */
export interface GroupGlance {
  groupId: string;
  /** Mean benefit index of the member-sessions rated in the last 28 days; null when none were. */
  benefitIndex: number | null;
  /** Distinct members behind that benefit index, and whether they are fewer than 5 (read with caution). */
  members: number;
  lowN: boolean;
  /** Its change from the 28 days before; null when either window has no ratings. */
  benefitIndexChange: number | null;
  /** Present-or-late ÷ scheduled member-sessions of the last 28 days; null when none were scheduled. */
  attendanceRate: number | null;
  /** Check-ins of the group nobody has acknowledged yet. */
  openAlerts: number;
  /** The benefit index of each of the last 12 ISO weeks that had a session, oldest first. */
  recentWeeks: GlanceWeek[];
}

/** `GET /api/analytics/retention/programs`: each program's Kaplan–Meier retention curve, for the director's overview. */
export interface ProgramRetention {
  programId: string;
  programName: string;
  /** Members who joined one of the program's groups in the range: the curve's subjects. */
  members: number;
  /** Share still attending after their 1st, 2nd, … 16th session attended. */
  curve: RetentionPoint[];
}
