import { Controller, Get } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { GroupSummary } from '@cohesion/contracts';
import { Allow } from '../../common/access.decorators';
import { CurrentActor, type Actor } from '../../common/actor';
import { GroupSummaryDto } from './dto/group-summary.dto';
import { GroupsService } from './groups.service';

@ApiTags('groups')
@ApiCookieAuth()
@Controller('groups')
export class GroupsController {
  constructor(private readonly groups: GroupsService) {}

  @Allow('facilitator', 'supervisor', 'director')
  @Get()
  @ApiOkResponse({ type: [GroupSummaryDto], description: 'The groups the caller may see.' })
  list(@CurrentActor() actor: Actor): Promise<GroupSummary[]> {
    return this.groups.listVisibleGroups(actor);
  }
}
