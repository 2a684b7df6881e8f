import { ProblemException } from '../../common/problem.exception';

/** One reason a request was refused, named by the field it concerns. */
export interface FieldError {
  field: string;
  message: string;
}

export enum GroupsErrorCode {
  GroupNotFound = 'group_not_found',
  InvalidGroupSetup = 'invalid_group_setup',
}

export class GroupsException extends ProblemException {
  /** Also the answer for a group the caller may not see: it must be indistinguishable from one that does not exist. */
  static groupNotFound() {
    return new GroupsException(404, GroupsErrorCode.GroupNotFound, 'Group not found');
  }

  /** The request was well-formed but names a program or people that cannot be used (422, with the fields at fault). */
  static invalidGroupSetup(errors: FieldError[]) {
    return new GroupsException(422, GroupsErrorCode.InvalidGroupSetup, 'The group cannot be set up this way', 'Check the fields listed in `errors`.', {
      errors,
    });
  }
}
