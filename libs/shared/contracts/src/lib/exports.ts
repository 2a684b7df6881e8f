/** Scopes of a supervision pack: one facilitator's groups, or one group. */
export const SUPERVISION_PACK_SCOPES = ['facilitator', 'group'] as const;
export type SupervisionPackScope = (typeof SUPERVISION_PACK_SCOPES)[number];

/** Scopes of the external aggregate export: what leaves the organization is never narrower than a program. */
export const AGGREGATE_EXPORT_SCOPES = ['program', 'organization'] as const;
export type AggregateExportScope = (typeof AGGREGATE_EXPORT_SCOPES)[number];

/** The header of `GET /api/exports/ratings.csv`: one row per rating (tidy, long format). */
export const RATINGS_CSV_COLUMNS = ['organization', 'program', 'group', 'session_date', 'session_id', 'member_code', 'measure', 'score', 'source'] as const;

/**
 * The header of `GET /api/exports/aggregates.csv`: one row per unit × month × measure, totals included; `suppression`
 * is `shown`, `suppressed` (members, n and mean then read `suppressed` too, whatever hid them) or `no_data` (nobody
 * rated the measure there: 0 members, 0 ratings, no mean), and `rule` states the rule applied.
 */
export const AGGREGATES_CSV_COLUMNS = ['scope', 'unit', 'period', 'measure', 'members', 'n', 'mean', 'suppression', 'rule'] as const;
