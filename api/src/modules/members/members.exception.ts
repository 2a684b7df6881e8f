import { ProblemException } from '../../common/problem.exception';

export enum MembersErrorCode {
  MemberNotFound = 'member_not_found',
  EnrollmentAlreadyEnded = 'enrollment_already_ended',
  InvalidEnrollmentDates = 'invalid_enrollment_dates',
  MemberCodeUnavailable = 'member_code_unavailable',
}

/** Every refusal of the members module, with a stable code. */
export class MembersException extends ProblemException {
  /** Also the answer for a member enrolled elsewhere: membership of other groups is not disclosed. */
  static memberNotFound() {
    return new MembersException(404, MembersErrorCode.MemberNotFound, 'Member not found', 'No member with this id is enrolled in this group.');
  }

  static enrollmentAlreadyEnded() {
    return new MembersException(
      409,
      MembersErrorCode.EnrollmentAlreadyEnded,
      'The member has already left this group',
      'An ended enrollment keeps its leaving date and reason; it cannot be ended again.',
    );
  }

  static leftBeforeJoining(joinedOn: string) {
    return new MembersException(
      422,
      MembersErrorCode.InvalidEnrollmentDates,
      'The leaving date is before the joining date',
      `The member joined on ${joinedOn}.`,
      { errors: [{ field: 'leftOn', message: `leftOn must be on or after ${joinedOn}` }] },
    );
  }

  /** "Today" is the clinic's date, in its time zone. */
  static futureDate(field: 'joinedOn' | 'leftOn', date: string) {
    return new MembersException(
      422,
      MembersErrorCode.InvalidEnrollmentDates,
      'The date is in the future',
      'Enrollment dates can be today (in the clinic’s time zone) or earlier.',
      { errors: [{ field, message: `${field} ${date} is in the future` }] },
    );
  }

  /** Practically unreachable (about a billion codes per organization), but a loop needs an end. */
  static memberCodeUnavailable() {
    return new MembersException(503, MembersErrorCode.MemberCodeUnavailable, 'No free member code was found', 'Try again.');
  }
}
