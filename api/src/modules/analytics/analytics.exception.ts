import { ProblemException } from '../../common/problem.exception';

export enum AnalyticsErrorCode {
  InvalidScope = 'invalid_scope',
  MemberNotFound = 'member_not_found',
  CheckInNotFound = 'check_in_not_found',
  AlreadyAcknowledged = 'check_in_already_acknowledged',
}

export class AnalyticsException extends ProblemException {
  static invalidScope(detail: string) {
    return new AnalyticsException(400, AnalyticsErrorCode.InvalidScope, 'The scope of the request is not valid', detail);
  }

  static memberNotFound() {
    return new AnalyticsException(404, AnalyticsErrorCode.MemberNotFound, 'Member not found in this group');
  }

  static checkInNotFound() {
    return new AnalyticsException(
      404,
      AnalyticsErrorCode.CheckInNotFound,
      'Check-in not found',
      'Open the check-ins first: a check-in can be acknowledged once it has been shown.',
    );
  }

  static alreadyAcknowledged() {
    return new AnalyticsException(409, AnalyticsErrorCode.AlreadyAcknowledged, 'This check-in was acknowledged already');
  }
}
