import type { IdentifierFinding, IdentifierKind } from '@cohesion/contracts';

/** What a user marked as "not an identifier"; start/end may be present but are ignored. */
export interface DismissedFinding {
  kind: IdentifierKind;
  text: string;
  start?: number;
  end?: number;
}

/** Stable key of a finding for dismissal: its kind and exact text, never its position. */
export function findingKey(finding: Pick<IdentifierFinding, 'kind' | 'text'>): string {
  return `${finding.kind}\u0000${finding.text}`;
}

/**
 * Drops findings whose kind and exact text were dismissed (every occurrence, so dismissals survive edits
 * that shift offsets); all other findings are kept and must still block saving.
 */
export function withoutDismissed(findings: readonly IdentifierFinding[], dismissed: readonly DismissedFinding[]): IdentifierFinding[] {
  if (dismissed.length === 0) return [...findings];
  const dismissedKeys = new Set(dismissed.map(findingKey));
  return findings.filter((finding) => !dismissedKeys.has(findingKey(finding)));
}
