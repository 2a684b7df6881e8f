import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isIsoDate } from '@cohesion/domain';

/** A `YYYY-MM-DD` string naming a day that exists. */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isIsoDate', validator: { validate: (value) => isIsoDate(value), defaultMessage: () => '$property must be a real date in the form YYYY-MM-DD' } },
    options,
  );
}
