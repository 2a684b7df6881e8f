import { MIN_SUPPRESSION_K } from '@cohesion/analytics';
import { ProblemException } from '../../common/problem.exception';

export enum ExportsErrorCode {
  OrganizationRatingsRefused = 'organization_ratings_refused',
  SuppressionTooWeak = 'suppression_too_weak',
}

export class ExportsException extends ProblemException {
  /** DESIGN.md section 4: an organization-wide export is aggregates with suppression, never rows of ratings. */
  static organizationRatingsRefused() {
    return new ExportsException(400, ExportsErrorCode.OrganizationRatingsRefused, 'Rows of ratings are exported per group, facilitator or program',
      'An organization-wide export is aggregates with small-cell suppression: ask GET /api/exports/aggregates.csv?scope=organization.',
      { aggregateExport: '/api/exports/aggregates.csv?scope=organization' });
  }

  static suppressionTooWeak(k: number) {
    return new ExportsException(400, ExportsErrorCode.SuppressionTooWeak, `k may not be below ${MIN_SUPPRESSION_K}`,
      `Cells of fewer than ${MIN_SUPPRESSION_K} members are always suppressed; you asked for k = ${k}.`);
  }
}
