import { ProblemException } from '../../common/problem.exception';

export enum ProgramsErrorCode {
  ProgramNameTaken = 'program_name_taken',
}

/** Every refusal of the programs module, with a stable code. */
export class ProgramsException extends ProblemException {
  static programNameTaken() {
    return new ProgramsException(
      409,
      ProgramsErrorCode.ProgramNameTaken,
      'A program with this name exists already',
      'Program names are unique within the organization (ignoring letter case).',
    );
  }
}
