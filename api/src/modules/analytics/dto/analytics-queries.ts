import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import {
  ALERT_KINDS,
  CHECK_IN_STATUS_FILTERS,
  TREND_BUCKETS,
  TREND_SCOPES,
  type AlertKind,
  type CheckInStatusFilter,
  type TrendBucket,
  type TrendScope,
} from '@cohesion/contracts';
import { PageQuery } from '../../../common/dto/page.query';
import { IsIsoDate } from '../../../common/iso-date.decorators';

/** A scope and a date range: what every analytics question is about. */
export class ScopeRangeQuery {
  @ApiProperty({ enum: TREND_SCOPES })
  @IsIn(TREND_SCOPES, { message: `scope must be one of ${TREND_SCOPES.join(', ')}` })
  scope: TrendScope;

  @ApiPropertyOptional({ format: 'uuid', description: 'The group, facilitator or program; none for the organization' })
  @IsOptional()
  @IsUUID('all', { message: 'id must be a UUID' })
  id?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Defaults to a year before `to`' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Defaults to the clinic’s today' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}

export class TrendQuery extends ScopeRangeQuery {
  @ApiProperty({ enum: TREND_BUCKETS, description: 'Session buckets are for the group scope' })
  @IsIn(TREND_BUCKETS, { message: `bucket must be one of ${TREND_BUCKETS.join(', ')}` })
  bucket: TrendBucket;
}

/** Which check-ins to list: of one group, of one facilitator's groups, or of every group the caller may see. */
export class CheckInsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'groupId must be a UUID' })
  groupId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'facilitatorId must be a UUID' })
  facilitatorId?: string;

  @ApiPropertyOptional({
    enum: ALERT_KINDS,
    description: 'Only check-ins with a reason of this kind (climate_drop answers fastest: no member histories are read)',
  })
  @IsOptional()
  @IsIn(ALERT_KINDS, { message: `kind must be one of ${ALERT_KINDS.join(', ')}` })
  kind?: AlertKind;

  @ApiPropertyOptional({ enum: CHECK_IN_STATUS_FILTERS, default: 'all' })
  @IsOptional()
  @IsIn(CHECK_IN_STATUS_FILTERS, { message: `status must be one of ${CHECK_IN_STATUS_FILTERS.join(', ')}` })
  status: CheckInStatusFilter = 'all';
}

/** The groups × weeks heatmap: optionally one program (directors), over a date range. */
export class GroupClimateQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this program’s groups (directors)' })
  @IsOptional()
  @IsUUID('all', { message: 'programId must be a UUID' })
  programId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the groups this facilitator facilitates' })
  @IsOptional()
  @IsUUID('all', { message: 'facilitatorId must be a UUID' })
  facilitatorId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Defaults to a year before `to`; widened to the ISO week’s Monday' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Defaults to the clinic’s today; widened to the week’s Sunday' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}

/** A date range alone: the members who joined in it. */
export class JoinedRangeQuery {
  @ApiPropertyOptional({ format: 'date', description: 'Members who joined on or after; defaults to a year before `to`' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Members who joined on or before; defaults to the clinic’s today' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}
