import type { IdentifierFinding } from '@cohesion/contracts';
import type { Candidate } from './detectors/candidate';

function byStrength(a: Candidate, b: Candidate): number {
  return b.end - b.start - (a.end - a.start) || b.specificity - a.specificity || a.start - b.start;
}

function overlapsAny(accepted: readonly Candidate[], next: Candidate): boolean {
  return accepted.some((kept) => next.start < kept.end && kept.start < next.end);
}

/**
 * Keeps the strongest of overlapping candidates (longest, then most specific) and returns plain findings
 * sorted by start.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): IdentifierFinding[] {
  const accepted: Candidate[] = [];
  for (const next of [...candidates].sort(byStrength)) {
    if (next.end > next.start && !overlapsAny(accepted, next)) accepted.push(next);
  }
  return accepted.sort((a, b) => a.start - b.start).map(({ kind, start, end, text }) => ({ kind, start, end, text }));
}
