import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { RATINGS_CSV_COLUMNS } from '@cohesion/contracts';
import { Allow } from '../../common/access.decorators';
import { CurrentActor, type Actor } from '../../common/actor';
import { ExpensiveRoute } from '../../common/expensive-route';
import { toStreamableFile } from '../../documents/download';
import { AggregateExportService } from './aggregate-export.service';
import { AggregateExportQuery, RatingsExportQuery } from './dto/export-queries';
import { RatingsExportService } from './ratings-export.service';

@ApiTags('exports')
@ApiCookieAuth()
@ExpensiveRoute()
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly ratings: RatingsExportService,
    private readonly aggregates: AggregateExportService,
  ) {}

  @Allow('facilitator', 'supervisor', 'director')
  @Get('ratings.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      `One row per rating, UTF-8 with a header row (${RATINGS_CSV_COLUMNS.join(', ')}), RFC 4180 quoting, ISO dates; text that a ` +
      "spreadsheet would run as a formula starts with `'`. Streamed; served as an attachment and audited with its row count.",
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiBadRequestResponse({
    description: 'Unknown scope, a missing or malformed id, an inverted or over-long range; the organization scope (export aggregates instead)',
  })
  @ApiForbiddenResponse({ description: 'The program scope is for clinical directors' })
  @ApiNotFoundResponse({ description: 'No such group, facilitator or program, or not one the caller may see' })
  @Header('cache-control', 'no-store')
  async ratingsCsv(@CurrentActor() actor: Actor, @Query() query: RatingsExportQuery): Promise<StreamableFile> {
    return toStreamableFile(await this.ratings.ratingsCsv(actor, query));
  }

  @Allow('director')
  @Get('aggregates.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'Aggregates for use outside the organization: per program (organization scope) or group (program scope) × calendar month × ' +
      'measure, with month totals: distinct members, n, mean, of signed sessions in months that are over (a period reaching into the ' +
      'current month ends with the last complete one). Cells of fewer than k members, and cells from which one could be derived by ' +
      'subtraction, read `suppressed`; the `rule` column states the rule. No free text, no member codes. Audited.',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiBadRequestResponse({ description: 'Unknown scope, a missing or malformed id, k below 5, an inverted or over-long range' })
  @ApiUnprocessableEntityResponse({ description: '`month_not_over`: the period lies inside the current month.' })
  @ApiForbiddenResponse({ description: 'Aggregate exports are for clinical directors' })
  @ApiNotFoundResponse({ description: 'No such program' })
  @Header('cache-control', 'no-store')
  async aggregatesCsv(@CurrentActor() actor: Actor, @Query() query: AggregateExportQuery): Promise<StreamableFile> {
    return toStreamableFile(await this.aggregates.aggregatesCsv(actor, query));
  }

  @Allow('director')
  @Get('aggregates.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The same aggregates as aggregates.csv, with the suppression rule stated first. Audited.',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiBadRequestResponse({ description: 'Unknown scope, a missing or malformed id, k below 5, an inverted or over-long range' })
  @ApiUnprocessableEntityResponse({ description: '`month_not_over`: the period lies inside the current month.' })
  @ApiForbiddenResponse({ description: 'Aggregate exports are for clinical directors' })
  @ApiNotFoundResponse({ description: 'No such program' })
  @Header('cache-control', 'no-store')
  async aggregatesPdf(@CurrentActor() actor: Actor, @Query() query: AggregateExportQuery): Promise<StreamableFile> {
    return toStreamableFile(await this.aggregates.aggregatesPdf(actor, query));
  }
}
