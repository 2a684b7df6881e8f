import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { SUPERVISION_PACK_SCOPES, type SupervisionPackScope } from '@cohesion/contracts';
import { ScopeRangeQuery } from '../../analytics/dto/analytics-queries';

/** A facilitator or a group, as `scope` and `id` or as `facilitatorId` or `groupId` (docs/api.md), and a range. */
export class SupervisionPackQuery extends OmitType(ScopeRangeQuery, ['scope'] as const) {
  @ApiPropertyOptional({ enum: SUPERVISION_PACK_SCOPES, description: 'With `id`; or give `facilitatorId` or `groupId` instead' })
  @IsOptional()
  @IsIn(SUPERVISION_PACK_SCOPES, { message: `scope must be one of ${SUPERVISION_PACK_SCOPES.join(', ')}` })
  scope?: SupervisionPackScope;

  @ApiPropertyOptional({ format: 'uuid', description: 'Same as scope=facilitator&id=' })
  @IsOptional()
  @IsUUID('all', { message: 'facilitatorId must be a UUID' })
  facilitatorId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Same as scope=group&id=' })
  @IsOptional()
  @IsUUID('all', { message: 'groupId must be a UUID' })
  groupId?: string;
}
