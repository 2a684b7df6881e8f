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
