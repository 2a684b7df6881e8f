import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCookieAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { StaffSummary } from '@cohesion/contracts';
import { Allow } from '../../common/access.decorators';
import { CurrentActor, type Actor } from '../../common/actor';
import { StaffListQueryDto, StaffSummaryDto } from './dto/staff.dto';
import { StaffService } from './staff.service';

/** The staff directory directors pick from when assigning facilitators and supervisors. */
@ApiTags('staff')
@ApiCookieAuth()
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Allow('director')
  @Get()
  @ApiOkResponse({ type: [StaffSummaryDto], description: 'Enabled staff of the caller’s organization, by name.' })
  @ApiBadRequestResponse({ description: 'Unknown role or query parameter.' })
  @ApiForbiddenResponse({ description: 'Only directors list staff for assignments.' })
  list(@CurrentActor() actor: Actor, @Query() query: StaffListQueryDto): Promise<StaffSummary[]> {
    return this.staff.listStaff(actor, query.role);
  }
}
