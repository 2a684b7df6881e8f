export const ATTENDANCE_STATUSES = ['present', 'late', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** Present or late members took part in the session and may be rated. */
export function attended(status: AttendanceStatus): boolean {
  return status === 'present' || status === 'late';
}

export const EXIT_REASONS = ['completed', 'dropped_out', 'transferred', 'other'] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

export const RISK_LEVELS = ['none', 'concern'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const GROUP_KINDS = ['open', 'closed'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const FACILITATOR_ROLES = ['lead', 'co'] as const;
export type FacilitatorRole = (typeof FACILITATOR_ROLES)[number];

export const SESSION_STATUSES = ['draft', 'signed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** Upper bound of any free-text note field, in characters. */
export const NOTE_FIELD_MAX_LENGTH = 20_000;
