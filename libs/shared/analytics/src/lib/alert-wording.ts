import type { Measure } from '@cohesion/domain';

/** "Belonging" for `belonging`. */
export function measureLabel(measure: Measure): string {
  return measure.charAt(0).toUpperCase() + measure.slice(1);
}

/** A number for an alert sentence: rounded half away from zero, trailing zeros dropped, a true minus sign. */
export function formatNumber(value: number, decimals = 1): string {
  return withMinusSign(roundHalfAway(value, decimals), String(Math.abs(roundHalfAway(value, decimals))));
}

/** A reliable change index: always 2 decimals ("−2.80"). */
export function formatIndex(value: number): string {
  const rounded = roundHalfAway(value, 2);
  return withMinusSign(rounded, Math.abs(rounded).toFixed(2));
}

function roundHalfAway(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
}

function withMinusSign(rounded: number, magnitude: string): string {
  return rounded < 0 ? `\u2212${magnitude}` : magnitude;
}
