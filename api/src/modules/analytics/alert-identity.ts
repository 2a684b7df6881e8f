import { createHash } from 'node:crypto';

export interface AlertKey {
  kind: string;
  groupId: string;
  memberId: string | null;
  measure: string | null;
  sessionId: string;
}

/**
 * An alert's id, derived from what it is about (a name-based UUID, version 8, over SHA-256), so the same alert has
 * the same id every time it is computed and its acknowledgement finds it again.
 */
export function alertId(key: AlertKey): string {
  const hex = createHash('sha256')
    .update(['cohesion-alert', key.kind, key.groupId, key.memberId ?? '', key.measure ?? '', key.sessionId].join('\u0000'))
    .digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
