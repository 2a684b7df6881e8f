import type { ExitReason } from '@cohesion/domain';

/** `current`: members whose enrollment has not ended; `all`: also those who left. */
export const MEMBER_LIST_SCOPES = ['current', 'all'] as const;
export type MemberListScope = (typeof MEMBER_LIST_SCOPES)[number];

/** Enrolls a new pseudonymous member; the server generates the code. Nothing about the person is sent. */
export interface AddMemberRequest {
  /** ISO date; defaults to today (UTC). */
  joinedOn?: string;
}

export interface ExitMemberRequest {
  leftOn: string;
  exitReason: ExitReason;
}
