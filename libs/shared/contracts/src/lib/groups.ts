import type { ExitReason, FacilitatorRole, GroupKind } from '@cohesion/domain';

export interface FacilitatorRef {
  id: string;
  displayName: string;
  role: FacilitatorRole;
}

export interface GroupSummary {
  id: string;
  name: string;
  kind: GroupKind;
  programId: string;
  programName: string;
  facilitators: FacilitatorRef[];
  memberCount: number;
  sessionCount: number;
  lastSessionOn: string | null;
}

export interface MemberSummary {
  id: string;
  code: string;
  joinedOn: string;
  leftOn: string | null;
  exitReason: ExitReason | null;
}
