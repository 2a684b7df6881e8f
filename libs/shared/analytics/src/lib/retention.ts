/** One member's time in a group: `time` sessions while enrolled, `event` true when they dropped out (false: censored). */
export interface SurvivalSubject {
  time: number;
  event: boolean;
}

/** One step of a Kaplan–Meier curve, at a distinct observed time. */
export interface SurvivalStep {
  time: number;
  atRisk: number;
  events: number;
  censored: number;
  survival: number;
}

/** Share of members still attending after a given number of their sessions. */
export interface RetentionPoint {
  session: number;
  retained: number | null;
  atRisk: number;
}

/**
 * The Kaplan–Meier product-limit estimate, one step per distinct time. Members censored at a time are still at risk at
 * that time (events are taken to come first).
 */
export function kaplanMeier(subjects: readonly SurvivalSubject[]): SurvivalStep[] {
  for (const { time } of subjects) {
    if (!(time >= 0) || !Number.isFinite(time)) throw new RangeError(`survival times must be finite and ≥ 0, got ${time}`);
  }
  const sorted = [...subjects].sort((a, b) => a.time - b.time);
  const steps: SurvivalStep[] = [];
  let survival = 1;
  let atRisk = sorted.length;
  for (let i = 0; i < sorted.length;) {
    const time = sorted[i].time;
    let events = 0;
    let censored = 0;
    for (; i < sorted.length && sorted[i].time === time; i++) {
      if (sorted[i].event) events++;
      else censored++;
    }
    survival *= 1 - events / atRisk;
    steps.push({ time, atRisk, events, censored, survival });
    atRisk -= events + censored;
  }
  return steps;
}

/** S(t) of a Kaplan–Meier curve: the survival of the last step at or before t, 1 before the first step. */
export function survivalAt(curve: readonly SurvivalStep[], t: number): number {
  let survival = 1;
  for (const step of curve) {
    if (step.time > t) break;
    survival = step.survival;
  }
  return survival;
}

/**
 * Retention after each member's 4th, 8th and 12th session (Kaplan–Meier, censoring members still enrolled). `retained` is
 * null where nobody was followed that long and the curve had not reached 0: the estimate is undefined there.
 */
export function retentionAt(subjects: readonly SurvivalSubject[], times: readonly number[] = [4, 8, 12]): RetentionPoint[] {
  const curve = kaplanMeier(subjects);
  return times.map((session) => {
    const atRisk = subjects.filter((subject) => subject.time >= session).length;
    const survival = survivalAt(curve, session);
    return { session, retained: atRisk === 0 && survival > 0 ? null : survival, atRisk };
  });
}
