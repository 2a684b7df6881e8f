import { formatNumber } from './alert-wording';
import type { AlertFinding, AlertSettings, GroupSessionClimate } from './alerts';
import { reliableChange, reliableChangeThreshold } from './reliable-change';

/** The latest session is compared with this many sessions before it. */
const CLIMATE_WINDOW = 4;

/**
 * The alerts a group raises now: `climate_drop` when the latest session's mean benefit index is lower than the mean of
 * the previous 4 sessions' means by more than the reliable-change threshold. Sessions without ratings are skipped.
 */
export function groupAlerts(group: readonly GroupSessionClimate[], settings: AlertSettings): AlertFinding[] {
  const means = group.flatMap((session) => (session.benefitIndex.mean === null ? [] : [{ sessionId: session.sessionId, mean: session.benefitIndex.mean }]));
  const s1 = settings.s1.benefitIndex;
  if (means.length < CLIMATE_WINDOW + 1 || s1 === undefined) return [];
  const latest = means[means.length - 1];
  const previousMean = means.slice(-CLIMATE_WINDOW - 1, -1).reduce((total, session) => total + session.mean, 0) / CLIMATE_WINDOW;
  // reliableChange is null exactly when s1 or the reliability cannot give a threshold.
  if (reliableChange({ baseline: previousMean, latest: latest.mean, s1, reliability: settings.reliability }) === null) return [];
  const threshold = reliableChangeThreshold(s1, settings.reliability);
  if (!(previousMean - latest.mean > threshold)) return [];
  return [
    {
      kind: 'climate_drop',
      measure: null,
      sessionId: latest.sessionId,
      detail:
        `The group's mean benefit index was ${formatNumber(latest.mean)} in the latest session, down from ${formatNumber(previousMean)} ` +
        `over the previous ${CLIMATE_WINDOW} sessions, more than the reliable-change threshold of ${formatNumber(threshold)}`,
    },
  ];
}
