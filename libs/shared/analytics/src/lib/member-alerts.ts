import { type Measure, MEASURES } from '@cohesion/domain';
import { formatIndex, formatNumber, measureLabel } from './alert-wording';
import { type AlertFinding, type AlertSettings, benefitIndexOf, type GroupSessionClimate, type MemberSession } from './alerts';
import { baselineOf, reliableChange } from './reliable-change';

/** Declining needs a baseline of 2 rated sessions and at least one more to compare with it. */
const MIN_RATED_SESSIONS_FOR_DECLINE = 3;
// Means and SDs arrive as computed doubles: 6.1 − 5 is 1.0999999999999996, which must still count as 1 SD of 1.1.
const SD_COMPARISON_SLACK = 1e-9;

interface Spread {
  mean: number;
  sd: number;
}

interface RatedScore {
  sessionId: string;
  score: number;
}

/**
 * The alerts a member raises now (DESIGN.md section 3), from their history and their group's sessions, both ordered by
 * session date ascending. Only the latest state counts: an alert no longer true is not repeated.
 */
export function memberAlerts(history: readonly MemberSession[], group: readonly GroupSessionClimate[], settings: AlertSettings): AlertFinding[] {
  return [...lowFindings(history, settings), ...decliningFindings(history, settings), ...behindGroupFindings(history, group), ...disengagingFindings(history, group)];
}

/** Each measure's latest score at or below its threshold. */
function lowFindings(history: readonly MemberSession[], settings: AlertSettings): AlertFinding[] {
  return MEASURES.flatMap((measure): AlertFinding[] => {
    const latest = ratedScores(history, measure).at(-1);
    const threshold = settings.lowThreshold[measure];
    if (latest === undefined || !(latest.score <= threshold)) return [];
    return [
      {
        kind: 'low',
        measure,
        sessionId: latest.sessionId,
        detail: `${measureLabel(measure)} ${formatNumber(latest.score)} in the latest rated session (threshold ${formatNumber(threshold)})`,
      },
    ];
  });
}

/** Each measure whose latest score is a reliable deterioration from the member's baseline (first 2 rated sessions). */
function decliningFindings(history: readonly MemberSession[], settings: AlertSettings): AlertFinding[] {
  return MEASURES.flatMap((measure): AlertFinding[] => {
    const rated = ratedScores(history, measure);
    const s1 = settings.s1[measure];
    if (rated.length < MIN_RATED_SESSIONS_FOR_DECLINE || s1 === undefined) return [];
    const baseline = baselineOf(rated.map((r) => r.score));
    if (baseline === null) return [];
    const latest = rated[rated.length - 1];
    const change = reliableChange({ baseline, latest: latest.score, s1, reliability: settings.reliability });
    if (change?.direction !== 'deteriorated') return [];
    return [
      {
        kind: 'declining',
        measure,
        sessionId: latest.sessionId,
        detail: `${measureLabel(measure)} fell from a baseline of ${formatNumber(baseline)} to ${formatNumber(latest.score)} (reliable change index ${formatIndex(change.index)})`,
      },
    ];
  });
}

/** Benefit index at least 1 SD below the group mean in the member's 2 latest rated sessions, which are consecutive group sessions. */
function behindGroupFindings(history: readonly MemberSession[], group: readonly GroupSessionClimate[]): AlertFinding[] {
  const rated = history.flatMap((session) => {
    const index = benefitIndexOf(session.scores);
    return index === null ? [] : [{ sessionId: session.sessionId, index }];
  });
  if (rated.length < 2) return [];
  const [previous, latest] = rated.slice(-2);
  const pair = consecutiveGroupSessions(group, previous.sessionId, latest.sessionId);
  if (pair === null) return [];
  const [previousSpread, latestSpread] = pair.map(spreadOf);
  if (previousSpread === null || latestSpread === null) return [];
  if (!isAtLeastOneSdBelow(previous.index, previousSpread) || !isAtLeastOneSdBelow(latest.index, latestSpread)) return [];
  return [
    {
      kind: 'behind_group',
      measure: null,
      sessionId: latest.sessionId,
      detail:
        `Benefit index ${formatNumber(previous.index)} and then ${formatNumber(latest.index)} in 2 consecutive sessions, ` +
        `each at least 1 SD below the group mean (${describeSpread(previousSpread)}; then ${describeSpread(latestSpread)})`,
    },
  ];
}

/** Unexcused absence from the member's 2 latest sessions, which are consecutive group sessions. */
function disengagingFindings(history: readonly MemberSession[], group: readonly GroupSessionClimate[]): AlertFinding[] {
  if (history.length < 2) return [];
  const [previous, latest] = history.slice(-2);
  if (previous.attendance !== 'absent' || latest.attendance !== 'absent') return [];
  if (consecutiveGroupSessions(group, previous.sessionId, latest.sessionId) === null) return [];
  return [{ kind: 'disengaging', measure: null, sessionId: latest.sessionId, detail: 'Absent without excuse from 2 consecutive sessions' }];
}

function ratedScores(history: readonly MemberSession[], measure: Measure): RatedScore[] {
  return history.flatMap((session) => {
    const score = session.scores[measure];
    return typeof score === 'number' && Number.isFinite(score) ? [{ sessionId: session.sessionId, score }] : [];
  });
}

/** The two sessions' climates when the group held no session between them (and both are known); null otherwise. */
function consecutiveGroupSessions(group: readonly GroupSessionClimate[], previousId: string, latestId: string): [GroupSessionClimate, GroupSessionClimate] | null {
  const position = group.findIndex((session) => session.sessionId === previousId);
  if (position < 0 || group[position + 1]?.sessionId !== latestId) return null;
  return [group[position], group[position + 1]];
}

/** The group's benefit-index mean and SD for a session; null when undefined or when the SD is 0 (all scored alike, nobody is behind). */
function spreadOf(climate: GroupSessionClimate): Spread | null {
  const { mean, sd } = climate.benefitIndex;
  return mean === null || sd === null || !(sd > 0) ? null : { mean, sd };
}

function isAtLeastOneSdBelow(index: number, { mean, sd }: Spread): boolean {
  return mean - index >= sd - SD_COMPARISON_SLACK;
}

function describeSpread({ mean, sd }: Spread): string {
  return `group mean ${formatNumber(mean)}, SD ${formatNumber(sd)}`;
}
