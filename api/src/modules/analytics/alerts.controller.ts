import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCookieAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Alert, Page } from '@cohesion/contracts';
import { Allow } from '../../common/access.decorators';
import { CurrentActor, type Actor } from '../../common/actor';
import { AlertsService } from './alerts.service';
import { AcknowledgeAlertDto } from './dto/acknowledge-alert.dto';
import { AlertsQuery } from './dto/analytics-queries';
import { AlertDto, AlertPageDto } from './dto/analytics-responses.dto';
import { ExpensiveRoute } from '../../common/expensive-route';

@ApiTags('analytics')
@ApiCookieAuth()
@ExpensiveRoute()
@Controller('analytics/alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Allow('facilitator', 'supervisor', 'director')
  @Get()
  @ApiOkResponse({ type: AlertPageDto, description: 'Current alerts of one group, one facilitator’s groups, or every group the caller may see; newest first' })
  @ApiNotFoundResponse({ description: 'No such group or facilitator, or not one the caller may see' })
  list(@CurrentActor() actor: Actor, @Query() query: AlertsQuery): Promise<Page<Alert>> {
    return this.alerts.list(actor, query);
  }

  @Allow('facilitator', 'supervisor')
  @Post(':id/acknowledge')
  @ApiParam({ name: 'id', format: 'uuid' })
  @HttpCode(200)
  @ApiOkResponse({ type: AlertDto, description: 'The alert with who acknowledged it, when, and the action taken' })
  @ApiForbiddenResponse({ description: 'Directors read alerts; the group’s facilitators and their supervisors act on them' })
  @ApiNotFoundResponse({ description: 'No such alert, or not one of the caller’s groups' })
  @ApiConflictResponse({ description: 'Acknowledged already' })
  acknowledge(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: AcknowledgeAlertDto): Promise<Alert> {
    return this.alerts.acknowledge(actor, id, body.action.trim());
  }
}
