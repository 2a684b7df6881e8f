import type { MemberSummary } from '@cohesion/contracts';
import type { MemberRow } from './members.repository';

/** Allowlist mapper: only these fields ever leave the API. */
export function toMemberSummary(row: MemberRow): MemberSummary {
  return { id: row.id, code: row.code, joinedOn: row.joinedOn, leftOn: row.leftOn, exitReason: row.exitReason };
}
