import type { IdentifierFinding, IdentifierKind } from '@cohesion/contracts';

/**
 * A finding before overlap resolution. `specificity` breaks ties between equally long overlapping
 * candidates: a labelled "MRN 5551234567" (id_number) beats the same digits read as a phone number.
 */
export interface Candidate extends IdentifierFinding {
  specificity: number;
}

export type Detector = (text: string) => Candidate[];

/** Builds a candidate for text.slice(start, end). */
export function candidate(kind: IdentifierKind, text: string, start: number, end: number, specificity = 1): Candidate {
  return { kind, start, end, text: text.slice(start, end), specificity };
}

/** Runs a global regex over the text and maps every match (null results are dropped). */
export function mapMatches<T>(pattern: RegExp, text: string, map: (match: RegExpExecArray) => T | null): T[] {
  const results: T[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0] === '') pattern.lastIndex++;
    const mapped = map(match);
    if (mapped !== null) results.push(mapped);
  }
  return results;
}

/** Start/end of a capture group; the pattern must carry the `d` (hasIndices) flag. */
export function groupSpan(match: RegExpExecArray, group: number): [number, number] | null {
  const span = match.indices?.[group];
  return span ? [span[0], span[1]] : null;
}

/** Counts ASCII digits. */
export function countDigits(value: string): number {
  let digits = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits;
}

const TRAILING_PUNCTUATION = /[.,;:!?'"’”)\]}>]+$/;

/** Drops sentence punctuation that a greedy URL-like match swallowed, keeping a balanced ")". */
export function trimTrailingPunctuation(value: string): string {
  const trimmed = value.replace(TRAILING_PUNCTUATION, '');
  if (value.length > trimmed.length && value[trimmed.length] === ')' && trimmed.includes('(')) {
    return trimmed + ')';
  }
  return trimmed;
}
