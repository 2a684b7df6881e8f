import type { GroupDetail } from '@cohesion/contracts';
import type { GroupDetailRow } from './group-management.repository';

/** Allowlist mapper: only these fields ever leave the API. */
export function toGroupDetail(row: GroupDetailRow): GroupDetail {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    schedule: row.schedule,
    programId: row.programId,
    programName: row.programName,
    facilitators: row.facilitators.map((f) => ({ id: f.id, displayName: f.displayName, role: f.role })),
    memberCount: row.memberCount,
    sessionCount: row.sessionCount,
    lastSessionOn: row.lastSessionOn,
  };
}
