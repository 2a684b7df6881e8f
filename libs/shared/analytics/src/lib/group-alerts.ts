import { formatNumber } from './alert-wording';
import type { AlertFinding, GroupSessionClimate } from './alerts';

/** The latest session is compared with this many sessions before it. */
const CLIMATE_WINDOW = 4;
/** A fall is a climate drop beyond this many standard errors of the difference (two-sided 95%). */
const CLIMATE_Z = 1.96;

interface RatedClimate {
  sessionId: string;
  n: number;
  mean: number;
  sd: number;
}

/**
 * The alerts a group raises now: `climate_drop` when the latest session's mean benefit index is below the mean of
 * the previous 4 sessions' means by more than 1.96 standard errors of the difference, computed from the sessions' own
 * SDs and n: SE = √(s₀²/n₀ + Σᵢ sᵢ²/nᵢ / 4²), where session 0 is the latest and i = 1…4 the previous ones. Sessions
 * with fewer than 2 rated members (no SD) are skipped.
 */
export function groupAlerts(group: readonly GroupSessionClimate[]): AlertFinding[] {
  const rated = group.flatMap(({ sessionId, benefitIndex: { n, mean, sd } }): RatedClimate[] =>
    mean === null || sd === null || n < 2 ? [] : [{ sessionId, n, mean, sd }],
  );
  if (rated.length < CLIMATE_WINDOW + 1) return [];
  const latest = rated[rated.length - 1];
  const previous = rated.slice(-CLIMATE_WINDOW - 1, -1);
  const previousMean = previous.reduce((total, session) => total + session.mean, 0) / CLIMATE_WINDOW;
  const varianceOfPrevious = previous.reduce((total, session) => total + session.sd ** 2 / session.n, 0) / CLIMATE_WINDOW ** 2;
  const standardError = Math.sqrt(latest.sd ** 2 / latest.n + varianceOfPrevious);
  const fall = previousMean - latest.mean;
  if (!(standardError > 0) || !(fall > CLIMATE_Z * standardError)) return [];
  return [
    {
      kind: 'climate_drop',
      measure: null,
      sessionId: latest.sessionId,
      detail:
        `The group's mean benefit index was ${formatNumber(latest.mean)} in the latest session, down from ${formatNumber(previousMean)} ` +
        `over the previous ${CLIMATE_WINDOW} sessions: a fall of ${formatNumber(fall)}, ${formatNumber(fall / standardError)} standard errors ` +
        `(more than ${CLIMATE_Z} is a climate drop)`,
    },
  ];
}
