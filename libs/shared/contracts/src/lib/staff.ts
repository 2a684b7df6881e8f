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

/** A staff account as admins manage it. */
export interface StaffAccountDetails {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  secondFactorEnrolled: boolean;
  createdAt: string;
}

/** An admin creates an account with a first password, which the person changes after signing in. */
export interface CreateStaffAccountRequest {
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

/** Any of: a new name, a new role, disabled or enabled again. A role change or disabling ends the person's sessions. */
export interface UpdateStaffAccountRequest {
  displayName?: string;
  role?: Role;
  disabled?: boolean;
}
