import { ProblemException } from '../../common/problem.exception';

export enum StaffErrorCode {
  InvalidSupervision = 'invalid_supervision',
}

/** Every refusal of the staff module, with a stable code. */
export class StaffException extends ProblemException {
  /** The supervisor or some facilitators named are not who the assignment needs (422, with the fields at fault). */
  static invalidSupervision(errors: { field: string; message: string }[]) {
    return new StaffException(422, StaffErrorCode.InvalidSupervision, 'The supervision cannot be assigned this way',
      'Check the fields listed in `errors`.', { errors });
  }
}
