import { Controller, Get, Header, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCookieAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { AttendanceSummary, GroupClimate, GroupGlance, ProgramRetention, MemberOutcomeSummary, TrajectoryPoint } from '@cohesion/contracts';
import { Allow } from '../../common/access.decorators';
import { CurrentActor, type Actor } from '../../common/actor';
import { AttendanceService } from './attendance.service';
import { GroupClimateQuery, JoinedRangeQuery, ScopeRangeQuery, TrendQuery } from './dto/analytics-queries';
import {
  AttendanceSummaryDto,
  GroupClimateDto,
  GroupGlanceDto,
  ProgramRetentionDto,
  MemberOutcomeSummaryDto,
  TrajectoryPointDto,
  TrendResponseDto,
} from './dto/analytics-responses.dto';
import { MemberListQueryDto } from '../members/dto/member-requests.dto';
import { GroupClimateService } from './group-climate.service';
import { GroupGlanceService } from './group-glance.service';
import { GroupMembersService } from './group-members.service';
import { TrajectoryService } from './trajectory.service';
import { TrendsService } from './trends.service';
import { ExpensiveRoute } from '../../common/expensive-route';

@ApiTags('analytics')
@ApiCookieAuth()
@ExpensiveRoute()
@Controller('analytics')
export class AnalyticsController {
  constructor(
    private readonly trends: TrendsService,
    private readonly trajectories: TrajectoryService,
    private readonly attendance: AttendanceService,
    private readonly memberSummaries: GroupMembersService,
    private readonly climate: GroupClimateService,
    private readonly glance: GroupGlanceService,
  ) {}

  @Allow('facilitator', 'supervisor', 'director')
  @Get('trends')
  @ApiOkResponse({
    type: TrendResponseDto,
    description:
      'The three measures and the benefit index per bucket, with n, members, SD and 95% interval. A range with more than 1,000 buckets is answered with the next coarser bucket (session → week → month); `bucket` says which.',
  })
  @ApiBadRequestResponse({ description: 'Unknown scope or bucket, a missing or malformed id, an inverted or over-long range' })
  @ApiForbiddenResponse({ description: 'Program and organization scopes are for clinical directors' })
  @ApiNotFoundResponse({ description: 'No such group, facilitator or program, or not one the caller may see' })
  @Header('content-type', 'application/json; charset=utf-8')
  trend(@CurrentActor() actor: Actor, @Query() query: TrendQuery): Promise<string> {
    // Already serialized: the answer is usually the one kept from an earlier request (see TrendAnswerCache).
    return this.trends.trendJson(actor, query);
  }

  @Allow('facilitator', 'supervisor', 'director')
  @Get('groups/:groupId/members/:memberId/trajectory')
  @ApiParam({ name: 'groupId', format: 'uuid' })
  @ApiParam({ name: 'memberId', format: 'uuid' })
  @ApiOkResponse({ type: [TrajectoryPointDto], description: 'The member’s scores by their own session number, beside the group mean' })
  @ApiNotFoundResponse({ description: 'No such group or member, or not one the caller may see' })
  trajectory(
    @CurrentActor() actor: Actor,
    @Param('groupId', ParseUUIDPipe) groupId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
  ): Promise<TrajectoryPoint[]> {
    return this.trajectories.trajectory(actor, groupId, memberId);
  }

  @Allow('facilitator', 'supervisor', 'director')
  @Get('groups/climate')
  @ApiOkResponse({ type: [GroupClimateDto], description: 'Each group the caller may see, with its benefit index by ISO week' })
  @ApiBadRequestResponse({ description: 'A malformed program id, an inverted or over-long range' })
  @ApiForbiddenResponse({ description: 'The program filter is for clinical directors' })
  @ApiNotFoundResponse({ description: 'No such program in the organization' })
  groupClimate(@CurrentActor() actor: Actor, @Query() query: GroupClimateQuery): Promise<GroupClimate[]> {
    return this.climate.groupsByWeek(actor, query);
  }

  @Allow('facilitator', 'supervisor', 'director')
  @Get('groups/glance')
  @ApiOkResponse({
    type: [GroupGlanceDto],
    description: 'Each group the caller may see: benefit index of the last 28 days and its change, attendance, open alerts, and the last 12 weeks',
  })
  groupGlance(@CurrentActor() actor: Actor): Promise<GroupGlance[]> {
    return this.glance.groups(actor);
  }

  @Allow('facilitator', 'supervisor', 'director')
  @Get('groups/:groupId/members')
  @ApiParam({ name: 'groupId', format: 'uuid' })
  @ApiOkResponse({ type: [MemberOutcomeSummaryDto], description: 'Each member: attendance, latest scores and the benefit index of their last sessions' })
  @ApiNotFoundResponse({ description: 'No such group, or not one the caller may see' })
  groupMembers(
    @CurrentActor() actor: Actor,
    @Param('groupId', ParseUUIDPipe) groupId: string,
    @Query() query: MemberListQueryDto,
  ): Promise<MemberOutcomeSummary[]> {
    return this.memberSummaries.summaries(actor, groupId, query.include === 'all');
  }

  @Allow('facilitator', 'supervisor', 'director')
  @Get('attendance')
  @ApiOkResponse({ type: AttendanceSummaryDto, description: 'Attendance rate, Kaplan–Meier retention after the 4th, 8th and 12th session, and reach' })
  @ApiBadRequestResponse({ description: 'Unknown scope, a missing or malformed id, an inverted or over-long range' })
  @ApiNotFoundResponse({ description: 'No such group, facilitator or program, or not one the caller may see' })
  attendanceSummary(@CurrentActor() actor: Actor, @Query() query: ScopeRangeQuery): Promise<AttendanceSummary> {
    return this.attendance.summary(actor, query);
  }

  @Allow('director')
  @Get('retention/programs')
  @ApiOkResponse({ type: [ProgramRetentionDto], description: 'Each program’s Kaplan–Meier retention curve over the members who joined in the range' })
  @ApiBadRequestResponse({ description: 'An inverted or over-long range' })
  @ApiForbiddenResponse({ description: 'Comparing programs is for clinical directors' })
  programRetention(@CurrentActor() actor: Actor, @Query() query: JoinedRangeQuery): Promise<ProgramRetention[]> {
    return this.attendance.programCurves(actor, query);
  }
}
