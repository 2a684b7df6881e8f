import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { MemberSummary } from '@cohesion/contracts';
import { Allow } from '../../common/access.decorators';
import { CurrentActor, type Actor } from '../../common/actor';
import { AddMemberDto, ExitMemberDto, MemberListQueryDto } from './dto/member-requests.dto';
import { MemberSummaryDto } from './dto/member-summary.dto';
import { MembersService } from './members.service';

/** A group's pseudonymous members: readers list them, the group's facilitators enroll them and record exits. */
@ApiTags('members')
@ApiCookieAuth()
@ApiParam({ name: 'groupId', format: 'uuid' })
@ApiBadRequestResponse({ description: 'An id is not a UUID, or a field or query parameter is missing, malformed or unknown.' })
@ApiNotFoundResponse({ description: '`group_not_found`: no such group, or not one the caller may see.' })
@Controller('groups/:groupId/members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Allow('facilitator', 'supervisor', 'director')
  @Get()
  @ApiOkResponse({ type: [MemberSummaryDto], description: 'By joining date, then code.' })
  @ApiForbiddenResponse({ description: 'Admins do not reach clinical content.' })
  list(@CurrentActor() actor: Actor, @Param('groupId', ParseUUIDPipe) groupId: string, @Query() query: MemberListQueryDto): Promise<MemberSummary[]> {
    return this.members.listMembers(actor, groupId, query.include);
  }

  @Allow('facilitator', 'supervisor', 'director')
  @Post()
  @ApiCreatedResponse({ type: MemberSummaryDto, description: 'The new member with its server-generated code.' })
  @ApiForbiddenResponse({ description: '`not_group_facilitator`: only the group’s facilitators enroll members.' })
  add(@CurrentActor() actor: Actor, @Param('groupId', ParseUUIDPipe) groupId: string, @Body() body: AddMemberDto): Promise<MemberSummary> {
    return this.members.addMember(actor, groupId, body);
  }

  @Allow('facilitator', 'supervisor', 'director')
  @Post(':memberId/exit')
  @HttpCode(200)
  @ApiParam({ name: 'memberId', format: 'uuid' })
  @ApiOkResponse({ type: MemberSummaryDto, description: 'The member with the ended enrollment.' })
  @ApiForbiddenResponse({ description: '`not_group_facilitator`: only the group’s facilitators record exits.' })
  @ApiNotFoundResponse({ description: '`group_not_found`, or `member_not_found`: the member is not enrolled in this group.' })
  @ApiConflictResponse({ description: '`enrollment_already_ended`' })
  @ApiUnprocessableEntityResponse({ description: '`invalid_enrollment_dates`: leftOn is before the member joined.' })
  exit(
    @CurrentActor() actor: Actor,
    @Param('groupId', ParseUUIDPipe) groupId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() body: ExitMemberDto,
  ): Promise<MemberSummary> {
    return this.members.exitMember(actor, groupId, memberId, body);
  }
}
