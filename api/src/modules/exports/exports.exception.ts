import { ProblemException } from '../../common/problem.exception';

export enum ExportsErrorCode {
  OrganizationRatingsRefused = 'organization_ratings_refused',
  SuppressionTooWeak = 'suppression_too_weak',
  MonthNotOver = 'month_not_over',
}

export class ExportsException extends ProblemException {
  /** docs/analytics.md: an organization-wide export is aggregates with suppression, never rows of ratings. */
  static organizationRatingsRefused() {
    return new ExportsException(
      400,
      ExportsErrorCode.OrganizationRatingsRefused,
      'Rows of ratings are exported per group, facilitator or program',
      'An organization-wide export is aggregates with small-cell suppression: ask GET /api/exports/aggregates.csv?scope=organization.',
      { aggregateExport: '/api/exports/aggregates.csv?scope=organization' },
    );
  }

  /** Aggregates cover months that are over: one still open would change between two downloads. */
  static monthNotOver(monthStart: string) {
    return new ExportsException(
      422,
      ExportsErrorCode.MonthNotOver,
      'Aggregates cover complete months only',
      `The month that began on ${monthStart} is not over yet: choose a period that ends before it. An open month changes with every session, and two downloads would differ by one member's ratings.`,
    );
  }

  /** A k below the organization's setting (itself never below 5). */
  static suppressionTooWeak(k: number, organizationK: number) {
    return new ExportsException(
      400,
      ExportsErrorCode.SuppressionTooWeak,
      `k may not be below ${organizationK}`,
      `Your organization suppresses cells of fewer than ${organizationK} members (its small-cell setting); you asked for k = ${k}. ` +
        'A download may be stricter, never weaker; directors change the setting under Settings.',
    );
  }
}
