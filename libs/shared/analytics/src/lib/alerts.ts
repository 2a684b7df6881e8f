import { type AttendanceStatus, type Measure, MEASURES } from '@cohesion/domain';

/** The reasons to check in with a member (or, for `climate_drop`, with a group). docs/analytics.md. */
export type AlertKind = 'low' | 'declining' | 'behind_group' | 'disengaging' | 'climate_drop';

/** One group session as one member lived it: attendance and the scores they gave (absent measures were not rated). */
export interface MemberSession {
  sessionId: string;
  heldOn: string;
  attendance: AttendanceStatus;
  scores: Partial<Record<Measure, number>>;
}

/** One session of a group with the summary of its members' benefit indexes. */
export interface GroupSessionClimate {
  sessionId: string;
  heldOn: string;
  benefitIndex: { n: number; mean: number | null; sd: number | null };
}

/** The organization's alert settings. */
export interface AlertSettings {
  /** A score at or below this in the member's latest attended session raises a `low` alert. */
  lowThreshold: Record<Measure, number>;
  /** Reliability r of the measures, for reliable change. */
  reliability: number;
  /** SD of members' first-session scores in the organization, per measure and for the benefit index. */
  s1: Partial<Record<Measure | 'benefitIndex', number>>;
}

/** One alert with its reason in a plain sentence (no member codes). */
export interface AlertFinding {
  kind: AlertKind;
  measure: Measure | null;
  sessionId: string;
  detail: string;
}

/** Low threshold 4 on every measure, reliability 0.80 until the organization has its own estimate, no s1 yet. */
export const DEFAULT_ALERT_SETTINGS: AlertSettings = Object.freeze({
  lowThreshold: Object.freeze(Object.fromEntries(MEASURES.map((measure) => [measure, 4])) as Record<Measure, number>),
  reliability: 0.8,
  s1: Object.freeze({}),
});

/** A member's benefit index for one session: the mean of the measures they rated; null when they rated none. */
export function benefitIndexOf(scores: Partial<Record<Measure, number>>): number | null {
  let sum = 0;
  let count = 0;
  for (const measure of MEASURES) {
    const score = scores[measure];
    if (typeof score === 'number' && Number.isFinite(score)) {
      sum += score;
      count++;
    }
  }
  return count === 0 ? null : sum / count;
}

/** Mean and sample SD of a set of values with one of them taken out; null when fewer than 2 remain. */
export function leaveOneOut(all: { n: number; mean: number | null; sd: number | null }, value: number): { n: number; mean: number; sd: number } | null {
  const { n, mean, sd } = all;
  if (mean === null || n - 1 < 2) return null;
  // Back to sufficient statistics (Σx = n·mean, Σx² = (n − 1)·sd² + n·mean²), take the value out, summarize again.
  const sum = n * mean - value;
  const sumOfSquares = (n - 1) * (sd ?? 0) ** 2 + n * mean * mean - value * value;
  const others = n - 1;
  const variance = Math.max(0, (sumOfSquares - (sum * sum) / others) / (others - 1));
  return { n: others, mean: sum / others, sd: Math.sqrt(variance) };
}
