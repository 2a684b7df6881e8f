import { ProblemException } from '../../common/problem.exception';

export enum StaffErrorCode {
  InvalidSupervision = 'invalid_supervision',
  StaffNotFound = 'staff_not_found',
}

/** Every refusal of the staff module, with a stable code. */
export class StaffException extends ProblemException {
  /** The supervisor or some facilitators named are not who the assignment needs (422, with the fields at fault). */
  /** No such staff member in the caller's organization: the same answer whether they exist elsewhere or not at all. */
  static staffNotFound() {
    return new StaffException(404, StaffErrorCode.StaffNotFound, 'Staff member not found');
  }

  static invalidSupervision(errors: { field: string; message: string }[]) {
    return new StaffException(422, StaffErrorCode.InvalidSupervision, 'The supervision cannot be assigned this way',
      'Check the fields listed in `errors`.', { errors });
  }
}
