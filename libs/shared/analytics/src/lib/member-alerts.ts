import { type Measure, MEASURES } from '@cohesion/domain';
import { formatIndex, formatNumber, measureLabel } from './alert-wording';
import { type AlertFinding, type AlertSettings, benefitIndexOf, type GroupSessionClimate, leaveOneOut, type MemberSession } from './alerts';
import { baselineOf, reliableChange } from './reliable-change';

/** Declining needs a baseline of 2 rated sessions and at least one more to compare with it. */
const MIN_RATED_SESSIONS_FOR_DECLINE = 3;
// Means and SDs arrive as computed doubles: 6.1 − 5 is 1.0999999999999996, which must still count as 1 SD of 1.1.
const SD_COMPARISON_SLACK = 1e-9;

/** Falling behind is judged against at least this many other members who rated the session. */
const MIN_OTHER_MEMBERS = 3;

// An SD recomputed without one member carries rounding error: anything this small is an SD of 0.
const ZERO_SD = 1e-6;

interface Spread {
  mean: number;
  sd: number;
  n: number;
}

interface RatedScore {
  sessionId: string;
  score: number;
}

/**
 * The alerts a member raises now (docs/analytics.md), from their history and their group's sessions, both ordered by
 * session date ascending. Only the latest state counts: an alert no longer true is not repeated.
 */
export function memberAlerts(history: readonly MemberSession[], group: readonly GroupSessionClimate[], settings: AlertSettings): AlertFinding[] {
  return [
    ...lowFindings(history, settings),
    ...decliningFindings(history, settings),
    ...behindGroupFindings(history, group),
    ...disengagingFindings(history, group),
  ];
}

/**
 * Each measure at or below its threshold in the member's latest attended session (present or late). A score from an
 * earlier session is never used, even for a measure the latest session did not rate: it is no longer "today".
 */
function lowFindings(history: readonly MemberSession[], settings: AlertSettings): AlertFinding[] {
  const latest = history.filter((session) => session.attendance === 'present' || session.attendance === 'late').at(-1);
  if (latest === undefined) return [];
  return MEASURES.flatMap((measure): AlertFinding[] => {
    const score = latest.scores[measure];
    const threshold = settings.lowThreshold[measure];
    if (typeof score !== 'number' || !Number.isFinite(score) || !(score <= threshold)) return [];
    return [
      {
        kind: 'low',
        measure,
        sessionId: latest.sessionId,
        detail: `${measureLabel(measure)} ${formatNumber(score)} in the latest session attended (threshold ${formatNumber(threshold)})`,
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

/**
 * Benefit index at least 1 SD below the mean of the other members (leave-one-out: the member's own index is taken out
 * of the session's mean and SD, and at least 3 others must have rated) in the member's 2 latest rated sessions, which
 * are consecutive group sessions.
 */
function behindGroupFindings(history: readonly MemberSession[], group: readonly GroupSessionClimate[]): AlertFinding[] {
  const rated = history.flatMap((session) => {
    const index = benefitIndexOf(session.scores);
    return index === null ? [] : [{ sessionId: session.sessionId, index }];
  });
  if (rated.length < 2) return [];
  const [previous, latest] = rated.slice(-2);
  const pair = consecutiveGroupSessions(group, previous.sessionId, latest.sessionId);
  if (pair === null) return [];
  const previousSpread = othersSpread(pair[0], previous.index);
  const latestSpread = othersSpread(pair[1], latest.index);
  if (previousSpread === null || latestSpread === null) return [];
  if (!isAtLeastOneSdBelow(previous.index, previousSpread) || !isAtLeastOneSdBelow(latest.index, latestSpread)) return [];
  return [
    {
      kind: 'behind_group',
      measure: null,
      sessionId: latest.sessionId,
      detail:
        `Benefit index ${formatNumber(previous.index)} and then ${formatNumber(latest.index)} in 2 consecutive sessions, ` +
        `each at least 1 SD below the other members (${describeSpread(previousSpread)}; then ${describeSpread(latestSpread)})`,
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
function consecutiveGroupSessions(
  group: readonly GroupSessionClimate[],
  previousId: string,
  latestId: string,
): [GroupSessionClimate, GroupSessionClimate] | null {
  const position = group.findIndex((session) => session.sessionId === previousId);
  if (position < 0 || group[position + 1]?.sessionId !== latestId) return null;
  return [group[position], group[position + 1]];
}

/**
 * Mean and SD of the other members' benefit indexes in a session: the session's summary with the member's own index
 * taken out. Null with fewer than 3 others, or when the others all scored alike (SD 0: nobody is behind).
 */
function othersSpread(climate: GroupSessionClimate, ownIndex: number): Spread | null {
  const others = leaveOneOut(climate.benefitIndex, ownIndex);
  if (others === null || others.n < MIN_OTHER_MEMBERS) return null;
  return others.sd > ZERO_SD ? { mean: others.mean, sd: others.sd, n: others.n } : null;
}

function isAtLeastOneSdBelow(index: number, { mean, sd }: Spread): boolean {
  return mean - index >= sd - SD_COMPARISON_SLACK;
}

function describeSpread({ mean, sd, n }: Spread): string {
  return `${n} others: mean ${formatNumber(mean)}, SD ${formatNumber(sd)}`;
}
