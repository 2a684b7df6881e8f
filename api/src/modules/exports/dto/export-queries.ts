import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max } from 'class-validator';
import { AGGREGATE_EXPORT_SCOPES, type AggregateExportScope } from '@cohesion/contracts';
import { ScopeRangeQuery } from '../../analytics/dto/analytics-queries';

export { ScopeRangeQuery as RatingsExportQuery } from '../../analytics/dto/analytics-queries';

/** The external aggregate export: a program or the organization, a date range (whole months), and the suppression threshold. */
export class AggregateExportQuery extends OmitType(ScopeRangeQuery, ['scope'] as const) {
  @ApiProperty({ enum: AGGREGATE_EXPORT_SCOPES })
  @IsIn(AGGREGATE_EXPORT_SCOPES, { message: `scope must be one of ${AGGREGATE_EXPORT_SCOPES.join(', ')}` })
  scope: AggregateExportScope;

  @ApiPropertyOptional({
    minimum: 5,
    description:
      'Cells of fewer than k distinct members are suppressed. Defaults to the organization’s setting (11 unless a director changed it); a request may ask for a stricter k, never a weaker one (400 `suppression_too_weak`).',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'k must be a whole number' })
  @Max(1_000_000)
  k?: number;
}
