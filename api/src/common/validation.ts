import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldProblem } from '@cohesion/domain';
import { ProblemException } from './problem.exception';

/**
 * The global pipe: unknown fields rejected, bodies turned into DTO instances, and every failure answered with the
 * path of each bad field (`ratings[2].score`, the notation the domain rules use too) and its message.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) =>
      new ProblemException(400, 'validation_failed', 'The request is not valid', 'Some fields are missing or invalid.', {
        errors: fieldProblems(errors),
      }),
  });
}

/** Flattens class-validator's tree of errors into one problem per failed constraint. */
export function fieldProblems(errors: ValidationError[], parentPath = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property) ? `${parentPath}[${error.property}]` : parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}
