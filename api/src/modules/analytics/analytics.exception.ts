import { ANALYTICS_MAX_RANGE_YEARS } from '@cohesion/contracts';
import { ProblemException } from '../../common/problem.exception';

export enum AnalyticsErrorCode {
  InvalidRange = 'invalid_range',
  RangeTooLong = 'range_too_long',
  InvalidScope = 'invalid_scope',
  MemberNotFound = 'member_not_found',
  AlertNotFound = 'alert_not_found',
  AlreadyAcknowledged = 'alert_already_acknowledged',
}

export class AnalyticsException extends ProblemException {
  static invalidRange() {
    return new AnalyticsException(400, AnalyticsErrorCode.InvalidRange, 'The date range is inverted', '`from` must not be after `to`.');
  }

  static rangeTooLong() {
    return new AnalyticsException(400, AnalyticsErrorCode.RangeTooLong, 'The date range is too long',
      `Ask for at most ${ANALYTICS_MAX_RANGE_YEARS} years at a time.`);
  }

  static invalidScope(detail: string) {
    return new AnalyticsException(400, AnalyticsErrorCode.InvalidScope, 'The scope of the request is not valid', detail);
  }

  static memberNotFound() {
    return new AnalyticsException(404, AnalyticsErrorCode.MemberNotFound, 'Member not found in this group');
  }

  static alertNotFound() {
    return new AnalyticsException(404, AnalyticsErrorCode.AlertNotFound, 'Alert not found',
      'Open the alerts list first: an alert can be acknowledged once it has been shown.');
  }

  static alreadyAcknowledged() {
    return new AnalyticsException(409, AnalyticsErrorCode.AlreadyAcknowledged, 'This alert was acknowledged already');
  }
}
