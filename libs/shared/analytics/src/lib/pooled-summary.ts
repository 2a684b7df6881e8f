import { summarize, type Summary } from './summary';

/** A summary already computed for part of the values: its n, mean and sample SD (as a trend point carries them). */
export interface SummaryPart {
  n: number;
  mean: number | null;
  sd: number | null;
}

/**
 * The summary of all values of several parts, from each part's n, mean and SD: Σx = n·mean and
 * Σx² = (n − 1)·sd² + n·mean², then `summarize`. A part of one value has no SD, and needs none (Σx² = mean²).
 */
export function poolSummaries(parts: readonly SummaryPart[]): Summary {
  let n = 0;
  let sum = 0;
  let sumOfSquares = 0;
  for (const part of parts) {
    if (part.n === 0 || part.mean === null) continue;
    if (part.n > 1 && part.sd === null) throw new RangeError(`a part of ${part.n} values needs its SD`);
    n += part.n;
    sum += part.n * part.mean;
    sumOfSquares += (part.n - 1) * (part.sd ?? 0) ** 2 + part.n * part.mean ** 2;
  }
  return summarize({ n, sum, sumOfSquares });
}
