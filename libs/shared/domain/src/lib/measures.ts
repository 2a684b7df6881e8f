/** The session measures members rate. Stored as data (table `measure`); this list mirrors the seeded rows. */
export const MEASURES = ['belonging', 'learning', 'accountability'] as const;
export type Measure = (typeof MEASURES)[number];

/** Our own item wordings (licensed instruments' wording is never reproduced). */
export const MEASURE_ITEMS: Readonly<Record<Measure, string>> = {
  belonging: 'Today I felt that I belonged in this group.',
  learning: 'Today I learned something useful from others in the group.',
  accountability: 'Today the group helped me stay on track with my goals.',
};

export const SCORE_MIN = 0;
export const SCORE_MAX = 10;

export function isMeasure(value: unknown): value is Measure {
  return typeof value === 'string' && (MEASURES as readonly string[]).includes(value);
}

export function isValidScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= SCORE_MIN && value <= SCORE_MAX;
}

export const RATING_SOURCES = ['self_report', 'facilitator_entered'] as const;
export type RatingSource = (typeof RATING_SOURCES)[number];
