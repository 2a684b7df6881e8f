import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { AUDIT_ACTIONS, type AuditAction } from '@cohesion/contracts';
import { PageQuery } from '../../../common/dto/page.query';
import { IsIsoDate } from '../../../common/iso-date.decorators';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'date', description: 'First day (UTC) of the rows to read' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day (UTC) of the rows to read' })
  @IsOptional()
  @IsIsoDate()
  to?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a UUID' })
  actorId?: string;

  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS, { message: `action must be one of ${AUDIT_ACTIONS.join(', ')}` })
  action?: AuditAction;

  @ApiPropertyOptional({ example: 'session' })
  @IsOptional()
  @Matches(/^[a-z_]{1,40}$/, { message: 'entityType must be a lower-case word such as session' })
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @MaxLength(100)
  entityId?: string;
}
