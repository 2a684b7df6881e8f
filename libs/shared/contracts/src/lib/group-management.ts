import type { FacilitatorRole, GroupKind } from '@cohesion/domain';
import type { GroupSummary } from './groups';

/** One group as its page shows it: the summary plus its free-text schedule. */
export interface GroupDetail extends GroupSummary {
  schedule: string | null;
}

/** Who facilitates a group, as a director assigns it. */
export interface FacilitatorAssignment {
  userId: string;
  role: FacilitatorRole;
}

export interface CreateGroupRequest {
  name: string;
  programId: string;
  kind: GroupKind;
  schedule?: string | null;
  facilitators: FacilitatorAssignment[];
}

/** Fields left out are unchanged; `schedule: null` clears the schedule. */
export interface UpdateGroupRequest {
  name?: string;
  schedule?: string | null;
}

export interface ReplaceFacilitatorsRequest {
  facilitators: FacilitatorAssignment[];
}

/** Upper bound of a group's or a program's name, and of a group's schedule, in characters. */
export const LABEL_MAX_LENGTH = 120;
