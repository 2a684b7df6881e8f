import type { IdentifierFinding, IdentifierKind } from '@cohesion/contracts';
import { findIdentifiers } from '../find-identifiers';

/** The finding expected for the `occurrence`-th appearance of `value` in `text` (exact span). */
export function findingAt(text: string, kind: IdentifierKind, value: string, occurrence = 0): IdentifierFinding {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(value, start + 1);
  if (start < 0) throw new Error(`"${value}" does not occur ${occurrence + 1} time(s) in "${text}"`);
  return { kind, start, end: start + value.length, text: value };
}

/** Findings as [kind, text] pairs, for compact assertions. */
export function kindsAndTexts(text: string): [IdentifierKind, string][] {
  return findIdentifiers(text).map((finding) => [finding.kind, finding.text]);
}
