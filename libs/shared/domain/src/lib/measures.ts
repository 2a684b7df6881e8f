/** The session measures members rate. Stored as data (table `measure`); this list mirrors the seeded rows. */
export const MEASURES = ['belonging', 'learning', 'accountability'] as const;
export type Measure = (typeof MEASURES)[number];

export const SCORE_MIN = 0;
export const SCORE_MAX = 10;

export function isMeasure(value: unknown): value is Measure {
  return typeof value === 'string' && (MEASURES as readonly string[]).includes(value);
}

export const RATING_SOURCES = ['self_report', 'facilitator_entered'] as const;
export type RatingSource = (typeof RATING_SOURCES)[number];
