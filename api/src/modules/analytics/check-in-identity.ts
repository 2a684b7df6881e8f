import { createHash } from 'node:crypto';

/** What a check-in is about: a member (or, for a climate drop, the whole group) in one session. */
export interface CheckInKey {
  groupId: string;
  memberId: string | null;
  sessionId: string;
}

/**
 * A check-in's id, derived from what it is about (a name-based UUID, version 8, over the SHA-256 of
 * `cohesion-check-in/<group>/<member or nothing>/<session>`), so the same check-in has the same id every time it is
 * computed and its acknowledgement finds it again. Migration 1765310000000 derives the same ids in SQL.
 */
export function checkInId(key: CheckInKey): string {
  const hex = createHash('sha256')
    .update(`cohesion-check-in/${key.groupId}/${key.memberId ?? ''}/${key.sessionId}`)
    .digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
