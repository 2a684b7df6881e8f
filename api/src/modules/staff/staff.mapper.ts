import type { StaffSummary, SupervisionAssignment } from '@cohesion/contracts';
import type { StaffRow, SupervisionRow } from './staff.repository';

/** Allowlist mapper: a staff member's id, name and role, never their email or account state. */
export function toStaffSummary(row: StaffRow): StaffSummary {
  return { id: row.id, displayName: row.displayName, role: row.role };
}

/** Allowlist mapper for one supervision assignment. */
export function toSupervisionAssignment(row: SupervisionRow): SupervisionAssignment {
  return { supervisorId: row.supervisorId, facilitatorId: row.facilitatorId };
}
