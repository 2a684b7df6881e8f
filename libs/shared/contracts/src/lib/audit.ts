/** What the audit trail records (docs/privacy-and-security.md). */
export const AUDIT_ACTIONS = [
  'auth.sign_in',
  'auth.sign_out',
  'auth.second_factor',
  'auth.second_factor_enroll',
  'auth.password_change',
  'auth.invitation_accept',
  'auth.password_reset_request',
  'auth.password_reset',
  'session.read',
  'session.create',
  'session.update',
  'session.sign',
  'session.cosign',
  'session.addendum',
  'alert.acknowledge',
  'check_in.acknowledge',
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
  'organization.single_sign_on_change',
  'organization.single_sign_on_approve',
  'organization.single_sign_on_decline',
  'organization.settings_change',
  'organization.create',
  'request.denied',
  'request.refused',
  'export.ratings_csv',
  'export.supervision_pack',
  'export.aggregates',
  'audit.chain_keyed',
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
  /** HMAC-SHA256 of the previous row's hash and this row's content, hex; its key never reaches the database. */
  hash: string;
}

/**
 * Why a chain does not verify, at the row named:
 * - `missing_row`: the row with this number is gone;
 * - `previous_hash`: the row does not link to the row before it;
 * - `content`: the row's content (or its seal) was changed;
 * - `missing_newest_rows`: the chain ends before its latest checkpoint, from this row on;
 * - `checkpoint_mismatch`: the row differs from the one its checkpoint recorded;
 * - `broken_before_keying`: the chain was already broken here when it was first sealed with the key.
 */
export const AUDIT_CHAIN_BREAKS = ['missing_row', 'previous_hash', 'content', 'missing_newest_rows', 'checkpoint_mismatch', 'broken_before_keying'] as const;
export type AuditChainBreak = (typeof AUDIT_CHAIN_BREAKS)[number];

/** Whether an organization's chain still verifies, up to its latest checkpoint; if not, the first row that does not. */
export interface AuditChainVerification {
  verified: boolean;
  rows: number;
  firstBrokenRow: { seq: number; reason: AuditChainBreak } | null;
  /** The chain's latest checkpoint, kept outside the database, which the chain must reach and match; null before the first. */
  checkpoint: { seq: number; at: string } | null;
}
