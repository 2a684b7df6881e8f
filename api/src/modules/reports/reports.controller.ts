import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCookieAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../common/access.decorators';
import { CurrentActor, type Actor } from '../../common/actor';
import { ExpensiveRoute } from '../../common/expensive-route';
import { toStreamableFile } from '../../documents/download';
import { SupervisionPackQuery } from './dto/supervision-pack.query';
import { SupervisionPackService } from './supervision-pack.service';

@ApiTags('reports')
@ApiCookieAuth()
@ExpensiveRoute()
@Controller('reports')
export class ReportsController {
  constructor(private readonly packs: SupervisionPackService) {}

  @Allow('facilitator', 'supervisor', 'director')
  @Get('supervision.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description:
      'Cover, summary figures (sessions, attendance, retention, each measure’s mean with its 95% interval and change), trend ' +
      'charts by month, alerts with the actions recorded, and the signed notes with their addenda (members by code only); a ' +
      '"Confidential" footer and page number on every page. Streamed; served as an attachment and audited.',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiBadRequestResponse({ description: 'Not exactly one facilitator or group, a malformed id, an inverted or over-long range' })
  @ApiForbiddenResponse({ description: 'Admins read no clinical content' })
  @ApiNotFoundResponse({ description: 'No such facilitator or group, or not one the caller may see' })
  @Header('cache-control', 'no-store')
  async supervisionPack(@CurrentActor() actor: Actor, @Query() query: SupervisionPackQuery): Promise<StreamableFile> {
    return toStreamableFile(await this.packs.supervisionPack(actor, query));
  }
}
