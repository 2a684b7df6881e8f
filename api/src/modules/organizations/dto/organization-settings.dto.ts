import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumber, Max, Min, ValidateIf } from 'class-validator';
import { MIN_SMALL_CELL_K, type OrganizationSettings, type UpdateOrganizationSettingsRequest } from '@cohesion/contracts';
import { IsSupportedTimeZone, IsStrictlyBetween } from './settings.decorators';

const TIME_ZONE = {
  example: 'America/Chicago',
  description: "IANA time zone, one of `Intl.supportedValuesOf('timeZone')` or `UTC`: the clinic’s today and every time shown",
};
const MAX_SMALL_CELL_K = 1000;
const SMALL_CELL_K = {
  minimum: MIN_SMALL_CELL_K,
  maximum: MAX_SMALL_CELL_K,
  example: 11,
  description: 'Exports meant to leave the organization hide cells of 1 to k − 1 distinct members; whole number ≥ 5 (default 11)',
};
const LOW_SCORE = {
  minimum: 0,
  maximum: 10,
  example: 4,
  description: 'A score at or below this in a member’s latest attended session is a reason to check in (default 4)',
};
const RELIABILITY = {
  minimum: 0,
  maximum: 1,
  exclusiveMinimum: true,
  exclusiveMaximum: true,
  example: 0.8,
  description: 'Reliability r of the measures for reliable change, strictly between 0 and 1 (default 0.80)',
} as const;

export class OrganizationSettingsDto implements OrganizationSettings {
  @ApiProperty(TIME_ZONE) timeZone: string;
  @ApiProperty({ ...SMALL_CELL_K, type: 'integer' }) smallCellK: number;
  @ApiProperty(LOW_SCORE) lowScoreThreshold: number;
  @ApiProperty({ type: 'number', ...RELIABILITY }) reliability: number;
}

/** A setting left out is left as it is; one sent as null is refused like any other wrong value (400 naming it). */
const Omittable = () => ValidateIf((_, value) => value !== undefined);

/** Any of the settings; values equal to the current ones change nothing. */
export class UpdateOrganizationSettingsDto implements UpdateOrganizationSettingsRequest {
  @ApiPropertyOptional({ ...TIME_ZONE, description: `${TIME_ZONE.description}. Admins change it.` })
  @Omittable()
  @IsSupportedTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ ...SMALL_CELL_K, type: 'integer', description: `${SMALL_CELL_K.description}. Clinical directors change it.` })
  @Omittable()
  @IsInt({ message: 'smallCellK must be a whole number' })
  @Min(MIN_SMALL_CELL_K, { message: `smallCellK must be at least ${MIN_SMALL_CELL_K}` })
  @Max(MAX_SMALL_CELL_K, { message: `smallCellK must be at most ${MAX_SMALL_CELL_K}` })
  smallCellK?: number;

  @ApiPropertyOptional({ ...LOW_SCORE, description: `${LOW_SCORE.description}. Clinical directors change it.` })
  @Omittable()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'lowScoreThreshold must be a number' })
  @Min(0, { message: 'lowScoreThreshold must be from 0 to 10' })
  @Max(10, { message: 'lowScoreThreshold must be from 0 to 10' })
  lowScoreThreshold?: number;

  @ApiPropertyOptional({ type: 'number', ...RELIABILITY, description: `${RELIABILITY.description}. Clinical directors change it.` })
  @Omittable()
  @IsStrictlyBetween(0, 1, { message: 'reliability must be a number greater than 0 and less than 1' })
  reliability?: number;
}
