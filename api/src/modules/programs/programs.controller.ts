import { Body, Controller, Get, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { ProgramSummary } from '@cohesion/contracts';
import { Allow } from '../../common/access.decorators';
import { CurrentActor, type Actor } from '../../common/actor';
import { CreateProgramDto } from './dto/create-program.dto';
import { ProgramSummaryDto } from './dto/program-summary.dto';
import { ProgramsService } from './programs.service';

/** Programs (service lines) of the caller's organization: everyone clinical lists them, directors create them. */
@ApiTags('programs')
@ApiCookieAuth()
@Controller('programs')
export class ProgramsController {
  constructor(private readonly programs: ProgramsService) {}

  @Allow('facilitator', 'supervisor', 'director')
  @Get()
  @ApiOkResponse({ type: [ProgramSummaryDto], description: 'The programs of the caller’s organization.' })
  @ApiForbiddenResponse({ description: 'Admins do not reach clinical structure.' })
  list(@CurrentActor() actor: Actor): Promise<ProgramSummary[]> {
    return this.programs.listPrograms(actor);
  }

  @Allow('director')
  @Post()
  @ApiCreatedResponse({ type: ProgramSummaryDto })
  @ApiBadRequestResponse({ description: 'The name is missing, empty or longer than 120 characters.' })
  @ApiForbiddenResponse({ description: 'Only directors create programs.' })
  @ApiConflictResponse({ description: '`program_name_taken`: the organization has a program of that name.' })
  @ApiUnprocessableEntityResponse({ description: '`identifiers_found`: the name contains personal information.' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateProgramDto): Promise<ProgramSummary> {
    return this.programs.createProgram(actor, body);
  }
}
