/** Jacobson & Truax (1991): the change beyond which a difference is unlikely (p < .05) to be measurement error. */
const RELIABLE_Z = 1.96;

/** A reliable change index with its verdict; higher scores are better on every Cohesion measure. */
export interface ReliableChange {
  index: number;
  sDiff: number;
  reliable: boolean;
  direction: 'improved' | 'deteriorated' | 'unchanged';
}

/** Inputs of a reliable change index: two scores, the SD of first-session scores `s1` and the measure's reliability. */
export interface ReliableChangeInput {
  baseline: number;
  latest: number;
  s1: number;
  reliability: number;
}

/** RC = (latest − baseline) / S_diff with S_diff = √2 · s1 · √(1 − r); null when s1 ≤ 0 or r outside [0, 1). */
export function reliableChange(input: ReliableChangeInput): ReliableChange | null {
  const sDiff = standardErrorOfDifference(input.s1, input.reliability);
  if (sDiff === null) return null;
  const index = (input.latest - input.baseline) / sDiff;
  const reliable = Math.abs(index) >= RELIABLE_Z;
  const direction = !reliable ? 'unchanged' : index < 0 ? 'deteriorated' : 'improved';
  return { index, sDiff, reliable, direction };
}

/** The smallest change that is reliable: 1.96 · S_diff. Throws RangeError when s1 ≤ 0 or r outside [0, 1). */
export function reliableChangeThreshold(s1: number, reliability: number): number {
  const sDiff = standardErrorOfDifference(s1, reliability);
  if (sDiff === null) throw new RangeError(`reliable change needs s1 > 0 and reliability in [0, 1), got s1=${s1}, r=${reliability}`);
  return RELIABLE_Z * sDiff;
}

/** A member's baseline: the mean of their first 2 rated sessions; null with fewer than 2. */
export function baselineOf(scoresInSessionOrder: readonly number[]): number | null {
  if (scoresInSessionOrder.length < 2) return null;
  return (scoresInSessionOrder[0] + scoresInSessionOrder[1]) / 2;
}

function standardErrorOfDifference(s1: number, reliability: number): number | null {
  if (!(s1 > 0) || !Number.isFinite(s1)) return null;
  if (!(reliability >= 0 && reliability < 1)) return null;
  return Math.SQRT2 * s1 * Math.sqrt(1 - reliability);
}
