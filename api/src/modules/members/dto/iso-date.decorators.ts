import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isFutureDate, isIsoDate } from '@cohesion/domain';

/** A `YYYY-MM-DD` string naming a day that exists. */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isIsoDate', validator: { validate: (value) => isIsoDate(value), defaultMessage: () => '$property must be a real date in the form YYYY-MM-DD' } },
    options,
  );
}

/** Not after today's UTC date. Malformed values are left to `IsIsoDate`, so they get one message, not two. */
export function IsNotFutureDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isNotFutureDate', validator: { validate: (value) => !isIsoDate(value) || !isFutureDate(value), defaultMessage: () => '$property must not be in the future' } },
    options,
  );
}
