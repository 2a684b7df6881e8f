import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { GroupDetail, GroupSummary } from '@cohesion/contracts';
import { Allow } from '../../common/access.decorators';
import { CurrentActor, type Actor } from '../../common/actor';
import { CreateGroupDto } from './dto/create-group.dto';
import { ReplaceFacilitatorsDto } from './dto/facilitator-assignment.dto';
import { GroupDetailDto } from './dto/group-detail.dto';
import { GroupSummaryDto } from './dto/group-summary.dto';
import { UpdateGroupDto } from './dto/update-group.dto';
import { GroupManagementService } from './group-management.service';
import { GroupsService } from './groups.service';

@ApiTags('groups')
@ApiCookieAuth()
@Controller('groups')
export class GroupsController {
  constructor(
    private readonly groups: GroupsService,
    private readonly management: GroupManagementService,
  ) {}

  @Allow('facilitator', 'supervisor', 'director')
  @Get()
  @ApiOkResponse({ type: [GroupSummaryDto], description: 'The groups the caller may see.' })
  list(@CurrentActor() actor: Actor): Promise<GroupSummary[]> {
    return this.groups.listVisibleGroups(actor);
  }

  @Allow('facilitator', 'supervisor', 'director')
  @Get(':groupId')
  @ApiParam({ name: 'groupId', format: 'uuid' })
  @ApiOkResponse({ type: GroupDetailDto })
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiForbiddenResponse({ description: 'Admins do not reach clinical content.' })
  @ApiNotFoundResponse({ description: '`group_not_found`: no such group, or not one the caller may see.' })
  get(@CurrentActor() actor: Actor, @Param('groupId', ParseUUIDPipe) groupId: string): Promise<GroupDetail> {
    return this.management.getGroup(actor, groupId);
  }

  @Allow('director')
  @Post()
  @ApiCreatedResponse({ type: GroupDetailDto })
  @ApiBadRequestResponse({ description: 'Missing, malformed or unknown fields.' })
  @ApiForbiddenResponse({ description: 'Only directors create groups.' })
  @ApiUnprocessableEntityResponse({
    description:
      '`invalid_group_setup`: not exactly one lead, a person who is not an enabled facilitator, or a program of another ' +
      'organization; `identifiers_found`: the name or schedule contains personal information.',
  })
  create(@CurrentActor() actor: Actor, @Body() body: CreateGroupDto): Promise<GroupDetail> {
    return this.management.createGroup(actor, body);
  }

  @Allow('director')
  @Put(':groupId/facilitators')
  @ApiParam({ name: 'groupId', format: 'uuid' })
  @ApiOkResponse({ type: GroupDetailDto, description: 'The group with its new facilitators.' })
  @ApiBadRequestResponse({ description: 'Missing, malformed or unknown fields.' })
  @ApiForbiddenResponse({ description: 'Only directors assign facilitators.' })
  @ApiNotFoundResponse({ description: '`group_not_found`' })
  @ApiUnprocessableEntityResponse({ description: '`invalid_group_setup`: not exactly one lead, or a person who is not an enabled facilitator.' })
  replaceFacilitators(
    @CurrentActor() actor: Actor,
    @Param('groupId', ParseUUIDPipe) groupId: string,
    @Body() body: ReplaceFacilitatorsDto,
  ): Promise<GroupDetail> {
    return this.management.replaceFacilitators(actor, groupId, body.facilitators);
  }

  @Allow('director')
  @Patch(':groupId')
  @ApiParam({ name: 'groupId', format: 'uuid' })
  @ApiOkResponse({ type: GroupDetailDto })
  @ApiBadRequestResponse({ description: 'Malformed or unknown fields (only name and schedule can change).' })
  @ApiForbiddenResponse({ description: 'Only directors rename groups.' })
  @ApiNotFoundResponse({ description: '`group_not_found`' })
  @ApiUnprocessableEntityResponse({ description: '`identifiers_found`: the name or schedule contains personal information.' })
  update(@CurrentActor() actor: Actor, @Param('groupId', ParseUUIDPipe) groupId: string, @Body() body: UpdateGroupDto): Promise<GroupDetail> {
    return this.management.updateGroup(actor, groupId, body);
  }
}
