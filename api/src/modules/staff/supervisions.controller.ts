import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { SupervisionAssignment } from '@cohesion/contracts';
import { Allow } from '../../common/access.decorators';
import { CurrentActor, type Actor } from '../../common/actor';
import { ReplaceSupervisionsDto, SupervisionAssignmentDto } from './dto/staff.dto';
import { StaffService } from './staff.service';

/** Who supervises whom, managed by directors. */
@ApiTags('staff')
@ApiCookieAuth()
@ApiForbiddenResponse({ description: 'Only directors manage supervision.' })
@Controller('supervisions')
export class SupervisionsController {
  constructor(private readonly staff: StaffService) {}

  @Allow('director')
  @Get()
  @ApiOkResponse({ type: [SupervisionAssignmentDto], description: 'Who supervises whom in the caller’s organization.' })
  list(@CurrentActor() actor: Actor): Promise<SupervisionAssignment[]> {
    return this.staff.listSupervisions(actor);
  }

  @Allow('director')
  @Put(':supervisorId')
  @ApiParam({ name: 'supervisorId', format: 'uuid' })
  @ApiOkResponse({ type: [SupervisionAssignmentDto], description: 'The supervisor’s new list.' })
  @ApiBadRequestResponse({ description: 'An id is not a UUID, an id is repeated, or a field is unknown.' })
  @ApiNotFoundResponse({ description: '`staff_not_found`: no such staff member in the organization.' })
  @ApiUnprocessableEntityResponse({ description: '`invalid_supervision`: not a supervisor, or not enabled facilitators, of the organization.' })
  replace(
    @CurrentActor() actor: Actor,
    @Param('supervisorId', ParseUUIDPipe) supervisorId: string,
    @Body() body: ReplaceSupervisionsDto,
  ): Promise<SupervisionAssignment[]> {
    return this.staff.replaceSupervisions(actor, supervisorId, body.facilitatorIds);
  }
}
