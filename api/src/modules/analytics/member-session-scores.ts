import { benefitIndexOf } from '@cohesion/analytics';
import { SERIES_KEYS, type MemberSessionScores, type ScoresBySeries } from '@cohesion/contracts';
import { isMeasure, type Measure } from '@cohesion/domain';

export const noScores = (): ScoresBySeries => Object.fromEntries(SERIES_KEYS.map((key) => [key, null])) as ScoresBySeries;

/** A rating row of one member, or an attended session without ratings (measure and score null). */
export interface SessionScoreRow {
  sessionId: string;
  heldOn: string;
  measure: string | null;
  score: number | null;
}

/** Rows of one member, grouped by session in the order given, with each session's benefit index. */
export function sessionScores(rows: readonly SessionScoreRow[]): MemberSessionScores[] {
  const sessions: MemberSessionScores[] = [];
  for (const row of rows) {
    let session = sessions.at(-1);
    if (session?.sessionId !== row.sessionId) {
      session = { sessionId: row.sessionId, heldOn: row.heldOn, scores: noScores() };
      sessions.push(session);
    }
    if (row.measure !== null && isMeasure(row.measure)) session.scores[row.measure] = row.score;
  }
  for (const session of sessions) session.scores.benefitIndex = benefitIndexOf(ratedMeasures(session.scores));
  return sessions;
}

function ratedMeasures(scores: ScoresBySeries): Partial<Record<Measure, number>> {
  const present: Partial<Record<Measure, number>> = {};
  for (const [key, value] of Object.entries(scores)) if (isMeasure(key) && value !== null) present[key] = value;
  return present;
}
