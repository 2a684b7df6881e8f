import { lnBeta, regularizedIncompleteBeta, regularizedUpperIncompleteGamma } from './special-functions';

const MAX_SOLVER_ITERATIONS = 200;
const RELATIVE_TOLERANCE = 1e-13;
/**
 * Above this many degrees of freedom the incomplete beta's continued fraction loses digits (x is within 4e-5 of 1 and
 * close to where the fraction stops converging), while the Cornish–Fisher series is exact to about 1e-15 there.
 */
const CORNISH_FISHER_MIN_DF = 1e5;
const LN_SQRT_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** P(T > t) for t ≥ 0 under Student's t with `df` degrees of freedom, computed directly (no 1 − CDF cancellation). */
export function studentTUpperTail(t: number, df: number): number {
  const t2 = t * t;
  return 0.5 * regularizedIncompleteBeta(df / 2, 0.5, df / (df + t2), t2 / (df + t2));
}

/** Density of Student's t with `df` degrees of freedom. */
export function studentTDensity(t: number, df: number): number {
  return Math.exp(-(0.5 * Math.log(df) + lnBeta(df / 2, 0.5)) - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/** Quantile of Student's t for any real df > 0: the t with P(T ≤ t) = p. */
export function studentTQuantile(p: number, df: number): number {
  if (!(df > 0) || !Number.isFinite(df)) throw new RangeError(`degrees of freedom must be a finite number > 0, got ${df}`);
  if (!(p > 0 && p < 1)) throw new RangeError(`probability must lie strictly between 0 and 1, got ${p}`);
  if (p === 0.5) return 0;
  // Solve on the smaller tail so that probabilities near 1 keep their precision; 1 − p is exact for p ≥ 0.5.
  const tail = p < 0.5 ? p : 1 - p;
  const t =
    df > CORNISH_FISHER_MIN_DF
      ? cornishFisher(solveUpperTail(tail, normalUpperTail, normalDensity), df)
      : solveUpperTail(
          tail,
          (x) => studentTUpperTail(x, df),
          (x) => studentTDensity(x, df),
        );
  return p < 0.5 ? -t : t;
}

const t975ByWholeDf = new Map<number, number>();

/** The 97.5th percentile of Student's t, the multiplier of a two-sided 95% confidence interval. */
export function t975(df: number): number {
  // Every interval of a trend asks for a whole df; inverting the incomplete beta each time dominated a trend's cost.
  if (!Number.isInteger(df)) return studentTQuantile(0.975, df);
  let t = t975ByWholeDf.get(df);
  if (t === undefined) {
    t = studentTQuantile(0.975, df);
    t975ByWholeDf.set(df, t);
  }
  return t;
}

function normalUpperTail(z: number): number {
  return 0.5 * regularizedUpperIncompleteGamma(0.5, (z * z) / 2);
}

function normalDensity(z: number): number {
  return Math.exp(-(z * z) / 2 - LN_SQRT_TWO_PI);
}

/** t from the normal quantile z by the Cornish–Fisher expansion in 1/df (Abramowitz & Stegun 26.7.5). */
function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

/**
 * The x ≥ 0 with upperTail(x) = tail (0 < tail < 0.5) for a decreasing tail function: Newton's method on ln upperTail,
 * kept inside a bisection bracket so that it always converges.
 */
function solveUpperTail(tail: number, upperTail: (x: number) => number, density: (x: number) => number): number {
  let low = 0;
  let high = 1;
  while (upperTail(high) > tail) {
    low = high;
    high *= 2;
    if (!Number.isFinite(high)) return Infinity;
  }
  const lnTarget = Math.log(tail);
  let x = (low + high) / 2;
  for (let i = 0; i < MAX_SOLVER_ITERATIONS; i++) {
    const upper = upperTail(x);
    if (upper > tail) low = x;
    else high = x;
    // d/dx ln upperTail(x) = −density(x) / upperTail(x)
    let next = x + ((Math.log(upper) - lnTarget) * upper) / density(x);
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - x) <= RELATIVE_TOLERANCE * Math.max(1, x) || high - low <= RELATIVE_TOLERANCE * Math.max(1, x)) return next;
    x = next;
  }
  return x;
}
