/**
 * Log-gamma, log-beta and the regularized incomplete beta and gamma functions, the building blocks of Student's t.
 * Internal to the library: callers use the distribution functions.
 */

// Lanczos approximation, g = 7, n = 9: relative error below 1e-15 for z ≥ 0.5.
const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LN_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(z) for z > 0. */
export function lnGamma(z: number): number {
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - lnGamma(1 - z);
  const x = z - 1;
  let series = LANCZOS_COEFFICIENTS[0];
  for (let i = 1; i < LANCZOS_COEFFICIENTS.length; i++) series += LANCZOS_COEFFICIENTS[i] / (x + i);
  const t = x + LANCZOS_G + 0.5;
  return HALF_LN_TWO_PI + (x + 0.5) * Math.log(t) - t + Math.log(series);
}

/** ln B(a, b) for a, b > 0, accurate even when one argument is huge (a t distribution with many degrees of freedom). */
export function lnBeta(a: number, b: number): number {
  const big = Math.max(a, b);
  const small = Math.min(a, b);
  if (big < 20) return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
  // ln Γ(big) − ln Γ(big + small) by Stirling's series, written so the two huge logarithms never cancel.
  const ratio = -(big - 0.5) * Math.log1p(small / big) - small * Math.log(big + small) + small + stirlingCorrection(big) - stirlingCorrection(big + small);
  return lnGamma(small) + ratio;
}

/** ln Γ(z) − [(z − ½) ln z − z + ½ ln 2π], to about 1e-15 for z ≥ 20. */
function stirlingCorrection(z: number): number {
  const z2 = z * z;
  return (1 / 12 - (1 / 360 - (1 / 1260 - 1 / (1680 * z2)) / z2) / z2) / z;
}

const CONTINUED_FRACTION_EPSILON = 1e-15;
const CONTINUED_FRACTION_TINY = 1e-300;
const CONTINUED_FRACTION_MAX_ITERATIONS = 1_000_000;

/**
 * I_x(a, b), the regularized incomplete beta function (Numerical Recipes `betai`). `y` = 1 − x may be passed when the
 * caller knows it more precisely than 1 − x can be computed (x close to 1).
 */
export function regularizedIncompleteBeta(a: number, b: number, x: number, y: number = 1 - x): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  // log1p of the smaller of x and y keeps ln x precise when x is close to 1 (huge df), and the other way round.
  const lnX = x > 0.5 ? Math.log1p(-y) : Math.log(x);
  const lnY = y > 0.5 ? Math.log1p(-x) : Math.log(y);
  const lnFront = a * lnX + b * lnY - lnBeta(a, b);
  // The continued fraction converges fast only on this side of the mean; use the symmetry I_x(a, b) = 1 − I_y(b, a) otherwise.
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(lnFront) * betaContinuedFraction(a, b, x, y)) / a;
  return 1 - (Math.exp(lnFront) * betaContinuedFraction(b, a, y, x)) / b;
}

/** The continued fraction of the incomplete beta function by the modified Lentz method (Numerical Recipes `betacf`). */
function betaContinuedFraction(a: number, b: number, x: number, y: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  // 1 − (a + b)x/(a + 1), written with y = 1 − x so that it does not cancel when x is close to 1.
  let d = nonZero((1 - b + qab * y) / qap);
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= CONTINUED_FRACTION_MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 / nonZero(1 + aa * d);
    c = nonZero(1 + aa / c);
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 / nonZero(1 + aa * d);
    c = nonZero(1 + aa / c);
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < CONTINUED_FRACTION_EPSILON) return h;
  }
  throw new Error(`incomplete beta continued fraction did not converge for a=${a}, b=${b}, x=${x}`);
}

function nonZero(value: number): number {
  return Math.abs(value) < CONTINUED_FRACTION_TINY ? CONTINUED_FRACTION_TINY : value;
}

/** Q(a, x) = Γ(a, x) / Γ(a), the regularized upper incomplete gamma function (Numerical Recipes `gammq`). */
export function regularizedUpperIncompleteGamma(a: number, x: number): number {
  if (x <= 0) return 1;
  const lnFront = a * Math.log(x) - x - lnGamma(a);
  if (x < a + 1) return 1 - Math.exp(lnFront) * lowerGammaSeries(a, x);
  return Math.exp(lnFront) * upperGammaContinuedFraction(a, x);
}

function lowerGammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n <= CONTINUED_FRACTION_MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * CONTINUED_FRACTION_EPSILON) return sum;
  }
  throw new Error(`incomplete gamma series did not converge for a=${a}, x=${x}`);
}

function upperGammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / CONTINUED_FRACTION_TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= CONTINUED_FRACTION_MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = 1 / nonZero(an * d + b);
    c = nonZero(b + an / c);
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < CONTINUED_FRACTION_EPSILON) return h;
  }
  throw new Error(`incomplete gamma continued fraction did not converge for a=${a}, x=${x}`);
}
