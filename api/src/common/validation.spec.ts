import type { ValidationError } from '@nestjs/common';
import { fieldProblems } from './validation';

const error = (property: string, constraints?: Record<string, string>, children: ValidationError[] = []): ValidationError => ({
  property,
  constraints,
  children,
});

describe('fieldProblems', () => {
  it('names nested fields by their path, with array indexes in brackets', () => {
    expect(
      fieldProblems([
        error('heldOn', { matches: 'heldOn must be a date as YYYY-MM-DD' }),
        error('ratings', undefined, [error('2', undefined, [error('score', { max: 'score must be a whole number from 0 to 10' })])]),
        error('note', undefined, [error('risk', undefined, [error('level', { isIn: 'level must be one of none, concern' })])]),
      ]),
    ).toEqual([
      { field: 'heldOn', message: 'heldOn must be a date as YYYY-MM-DD' },
      { field: 'ratings[2].score', message: 'score must be a whole number from 0 to 10' },
      { field: 'note.risk.level', message: 'level must be one of none, concern' },
    ]);
  });

  it('names an unknown field by its own name', () => {
    expect(fieldProblems([error('role', { whitelistValidation: 'property role should not exist' })])).toEqual([
      { field: 'role', message: 'property role should not exist' },
    ]);
  });
});
