import type { FieldIdentifierFinding } from '@cohesion/contracts';
import { ProblemException } from '../../common/problem.exception';

export enum DeidentificationErrorCode {
  IdentifiersFound = 'identifiers_found',
}

export class DeidentificationException extends ProblemException {
  static identifiersFound(findings: FieldIdentifierFinding[]) {
    return new DeidentificationException(
      422,
      DeidentificationErrorCode.IdentifiersFound,
      'The text contains what looks like identifiers',
      'Remove names, contact details, dates of birth and other identifiers, or mark a finding as not an identifier.',
      {
        errors: [...new Set(findings.map((f) => f.field))].map((field) => ({ field, message: `${field} must not contain personal information` })),
        findings,
      },
    );
  }
}
