import { type Measure, MEASURES } from '@cohesion/domain';
import type { AlertFinding, AlertKind } from './alerts';

/** One reason to check in: a rule, the measure it concerns (null for whole-index and attendance rules), in plain words. */
export interface CheckInReason {
  kind: AlertKind;
  measure: Measure | null;
  detail: string;
}

/** One check-in: everything a member (or, for a climate drop, the group) raised in one session. */
export interface CheckInFinding {
  sessionId: string;
  reasons: CheckInReason[];
}

const KIND_ORDER: readonly AlertKind[] = ['climate_drop', 'declining', 'low', 'behind_group', 'disengaging'];

/**
 * The findings of one member (or one group) as check-ins: one per session, listing its reasons in a fixed order (rule,
 * then measure), sessions in the order the findings name them first.
 */
export function checkInsOf(findings: readonly AlertFinding[]): CheckInFinding[] {
  const bySession = new Map<string, CheckInReason[]>();
  for (const { sessionId, kind, measure, detail } of findings) {
    const reasons = bySession.get(sessionId) ?? [];
    reasons.push({ kind, measure, detail });
    bySession.set(sessionId, reasons);
  }
  return [...bySession].map(([sessionId, reasons]) => ({ sessionId, reasons: reasons.sort(compareReasons) }));
}

/** The fixed order of a check-in's reasons: by rule, then measure. */
export function compareReasons(a: CheckInReason, b: CheckInReason): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || measureRank(a.measure) - measureRank(b.measure);
}

function measureRank(measure: Measure | null): number {
  return measure === null ? -1 : MEASURES.indexOf(measure);
}
