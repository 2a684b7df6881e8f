import { Controller, Get, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuditChainVerification, AuditEvent, Page } from '@cohesion/contracts';
import { Allow } from '../../common/access.decorators';
import { CurrentActor, type Actor } from '../../common/actor';
import { AuditService } from './audit.service';
import { AuditQuery } from './dto/audit.query';
import { AuditChainVerificationDto, AuditEventPageDto } from './dto/audit-responses.dto';
import { ExpensiveRoute } from '../../common/expensive-route';

@ApiTags('audit')
@ApiCookieAuth()
@ExpensiveRoute()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Allow('admin')
  @Get()
  @ApiOkResponse({ type: AuditEventPageDto, description: 'The organization’s audit trail, newest first, filtered by time, actor, action and entity' })
  @ApiForbiddenResponse({ description: 'The audit trail is for admins' })
  list(@CurrentActor() actor: Actor, @Query() query: AuditQuery): Promise<Page<AuditEvent>> {
    return this.audit.list(actor, query);
  }

  @Allow('admin')
  @Get('verification')
  @ApiOkResponse({
    type: AuditChainVerificationDto,
    description:
      'Recomputes the seals of the organization’s chain, checks it reaches and matches its latest checkpoint, and names its first broken row, if any',
  })
  @ApiForbiddenResponse({ description: 'The audit trail is for admins' })
  verify(@CurrentActor() actor: Actor): Promise<AuditChainVerification> {
    return this.audit.verify(actor);
  }
}
