import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCookieAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CheckIn, Page } from '@cohesion/contracts';
import { Allow } from '../../common/access.decorators';
import { CurrentActor, type Actor } from '../../common/actor';
import { CheckInsService } from './check-ins.service';
import { AcknowledgeCheckInDto } from './dto/acknowledge-check-in.dto';
import { CheckInsQuery } from './dto/analytics-queries';
import { CheckInDto, CheckInPageDto } from './dto/analytics-responses.dto';
import { ExpensiveRoute } from '../../common/expensive-route';

/** Check-ins (docs/analytics.md), under the alerts path of the API contract (section 7). */
@ApiTags('analytics')
@ApiCookieAuth()
@ExpensiveRoute()
@Controller('analytics/alerts')
export class AlertsController {
  constructor(private readonly checkIns: CheckInsService) {}

  @Allow('facilitator', 'supervisor', 'director')
  @Get()
  @ApiOkResponse({
    type: CheckInPageDto,
    description:
      'Current check-ins (one per member per session, with its reasons; a climate drop per group and session) of one group, one facilitator’s groups, or every group the caller may see; newest first',
  })
  @ApiNotFoundResponse({ description: 'No such group or facilitator, or not one the caller may see' })
  list(@CurrentActor() actor: Actor, @Query() query: CheckInsQuery): Promise<Page<CheckIn>> {
    return this.checkIns.list(actor, query);
  }

  @Allow('facilitator', 'supervisor')
  @Post(':id/acknowledge')
  @ApiParam({ name: 'id', format: 'uuid', description: 'The check-in' })
  @HttpCode(200)
  @ApiOkResponse({ type: CheckInDto, description: 'The check-in with who acknowledged it, when, and the action taken: all its reasons are closed' })
  @ApiForbiddenResponse({ description: 'Directors read check-ins; the group’s facilitators and their supervisors act on them' })
  @ApiNotFoundResponse({ description: 'No such check-in, or not one of the caller’s groups' })
  @ApiConflictResponse({ description: 'Acknowledged already' })
  acknowledge(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: AcknowledgeCheckInDto): Promise<CheckIn> {
    return this.checkIns.acknowledge(actor, id, body.action.trim());
  }
}
