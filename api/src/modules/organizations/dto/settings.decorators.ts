import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isSupportedTimeZone } from '@cohesion/domain';

/** An IANA time zone this runtime knows (`Intl.supportedValuesOf('timeZone')`), or `UTC`. */
export function IsSupportedTimeZone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isSupportedTimeZone',
      validator: {
        validate: (value) => isSupportedTimeZone(value),
        defaultMessage: () => '$property must be an IANA time zone such as America/Chicago or Europe/Warsaw',
      },
    },
    options,
  );
}

/** A finite number strictly between `low` and `high`. */
export function IsStrictlyBetween(low: number, high: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isStrictlyBetween',
      validator: {
        validate: (value) => typeof value === 'number' && Number.isFinite(value) && value > low && value < high,
        defaultMessage: () => `$property must be a number greater than ${low} and less than ${high}`,
      },
    },
    options,
  );
}
