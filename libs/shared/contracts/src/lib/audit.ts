/** What the audit trail records (DESIGN.md section 5). */
export const AUDIT_ACTIONS = [
  'auth.sign_in',
  'auth.sign_out',
  'auth.second_factor',
  'auth.second_factor_enroll',
  'auth.password_change',
  'auth.invitation_accept',
  'session.read',
  'session.create',
  'session.update',
  'session.sign',
  'session.cosign',
  'session.addendum',
  'alert.acknowledge',
  'group.facilitators_change',
  'staff.supervision_change',
  'staff.create',
  'staff.update',
  'staff.second_factor_reset',
  'staff.invitation_issue',
  'staff.invitation_revoke',
  'staff.approve',
  'staff.decline',
  'organization.security_change',
  'request.denied',
  'request.refused',
  'export.ratings_csv',
  'export.supervision_pack',
  'export.aggregates',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** One row of the audit trail, as an admin reads it. */
export interface AuditEvent {
  /** Position in the organization's chain, from 1. */
  seq: number;
  occurredAt: string;
  actorId: string | null;
  actorRole: string | null;
  action: AuditAction;
  entityType: string | null;
  entityId: string | null;
  memberCode: string | null;
  outcome: AuditOutcome;
  ip: string | null;
  requestId: string | null;
  detail: Record<string, unknown> | null;
  /** SHA-256 of the previous row's hash and this row's content, hex. */
  hash: string;
}

/** Whether an organization's chain still verifies; if not, the first row that does not. */
export interface AuditChainVerification {
  verified: boolean;
  rows: number;
  firstBrokenRow: { seq: number; reason: 'missing_row' | 'previous_hash' | 'content' } | null;
}
