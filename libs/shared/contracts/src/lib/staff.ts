import type { Role } from '@cohesion/domain';

/** A staff member as directors pick them for assignments: no email or other account details. */
export interface StaffSummary {
  id: string;
  displayName: string;
  role: Role;
}

/** A supervisor reviews the groups of each facilitator assigned to them. */
export interface SupervisionAssignment {
  supervisorId: string;
  facilitatorId: string;
}

export interface ReplaceSupervisionsRequest {
  facilitatorIds: string[];
}

/** Someone named in a staff record, by name only. */
export interface StaffReference {
  id: string;
  displayName: string;
}

/** A clinical role an admin gave, waiting for a director: who asked, when, and what the account was before (null: new). */
export interface PendingApproval {
  since: string;
  requestedBy: StaffReference;
  fromRole: Role | null;
}

/** A staff account as admins manage it. */
export interface StaffAccountDetails {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  secondFactorEnrolled: boolean;
  createdAt: string;
  /** The person has chosen their password (through their invitation link). */
  passwordSet: boolean;
  /** When the unused invitation link stops working; null when there is none. */
  invitationExpiresAt: string | null;
  pendingApproval: PendingApproval | null;
}

/**
 * An admin creates an account without a password: its person chooses one through the invitation link. A clinical
 * role waits for a director's approval.
 */
export interface CreateStaffAccountRequest {
  email: string;
  displayName: string;
  role: Role;
}

/**
 * An invitation on its way: its single-use link went by email to the person alone (nobody else ever sees it, so
 * nobody else can choose their password); it works until `expiresAt`.
 */
export interface InvitationSent {
  emailedTo: string;
  expiresAt: string;
}

export interface CreatedStaffAccount {
  account: StaffAccountDetails;
  invitation: InvitationSent;
}

/** A director's decision to approve: the role they saw in the request, so that a request changed since is not approved. */
export interface ApprovalDecision {
  role: Role;
}

/** A director's view of an account waiting for approval. */
export interface ApprovalRequest extends PendingApproval {
  account: { id: string; email: string; displayName: string; role: Role };
  passwordSet: boolean;
}

/** Any of: a new name, a new role, disabled or enabled again. A role change or disabling ends the person's sessions. */
export interface UpdateStaffAccountRequest {
  displayName?: string;
  role?: Role;
  disabled?: boolean;
}
