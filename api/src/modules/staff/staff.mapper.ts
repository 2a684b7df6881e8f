import type { ApprovalRequest, PendingApproval, StaffAccountDetails, StaffSummary, SupervisionAssignment } from '@cohesion/contracts';
import type { StaffAccountRow } from './staff-accounts.repository';
import type { StaffRow, SupervisionRow } from './staff.repository';

/** Allowlist mapper: a staff member's id, name and role, never their email or account state. */
export function toStaffSummary(row: StaffRow): StaffSummary {
  return { id: row.id, displayName: row.displayName, role: row.role };
}

/** Allowlist mapper for one supervision assignment. */
export function toSupervisionAssignment(row: SupervisionRow): SupervisionAssignment {
  return { supervisorId: row.supervisorId, facilitatorId: row.facilitatorId };
}

/** Allowlist mapper: an account as admins manage it (never a hash, a secret or a token). */
export function toStaffAccountDetails(row: StaffAccountRow): StaffAccountDetails {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    disabled: row.disabled,
    secondFactorEnrolled: row.secondFactorEnrolled,
    createdAt: new Date(row.createdAt).toISOString(),
    passwordSet: row.passwordSet,
    invitationExpiresAt: row.invitationExpiresAt ? new Date(row.invitationExpiresAt).toISOString() : null,
    pendingApproval: toPendingApproval(row),
  };
}

/** Allowlist mapper: an account as a director decides on it. */
export function toApprovalRequest(row: StaffAccountRow): ApprovalRequest {
  return {
    account: { id: row.id, email: row.email, displayName: row.displayName, role: row.role },
    passwordSet: row.passwordSet,
    ...pendingApprovalOf(row),
  };
}

function pendingApprovalOf(row: StaffAccountRow): PendingApproval {
  const pending = toPendingApproval(row);
  if (!pending) throw new Error(`account ${row.id} is not waiting for approval`);
  return pending;
}

function toPendingApproval(row: StaffAccountRow): PendingApproval | null {
  if (!row.pendingSince || !row.requestedById) return null;
  return {
    since: new Date(row.pendingSince).toISOString(),
    requestedBy: { id: row.requestedById, displayName: row.requestedByName ?? '' },
    fromRole: row.pendingFromRole,
  };
}
