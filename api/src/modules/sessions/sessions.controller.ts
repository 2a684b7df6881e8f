import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Put, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCookieAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Addendum, CosignResponse, ReviewQueueItem, SessionDetail, SignResponse } from '@cohesion/contracts';
import { Allow } from '../../common/access.decorators';
import { CurrentActor, type Actor } from '../../common/actor';
import { AddendumDto } from './dto/addendum.dto';
import { AddendumViewDto, CosignResponseDto, ReviewQueueItemDto, SessionDetailDto, SignResponseDto } from './dto/session-responses.dto';
import { SessionWriteDto } from './dto/session-write.dto';
import { etagOf, versionFromIfMatch } from './request-headers';
import { SessionsService } from './sessions.service';
import { SigningService } from './signing.service';

@ApiTags('sessions')
@ApiCookieAuth()
@Controller('sessions')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly signing: SigningService,
  ) {}

  @Allow('supervisor')
  @Get('review-queue')
  @ApiOkResponse({
    type: [ReviewQueueItemDto],
    description: 'Signed notes of supervised groups waiting for co-signature: risk concerns first, then the oldest (at most 100)',
  })
  reviewQueue(@CurrentActor() actor: Actor): Promise<ReviewQueueItem[]> {
    return this.sessions.reviewQueue(actor);
  }

  @Allow('facilitator', 'supervisor', 'director')
  @Get(':sessionId')
  @ApiOkResponse({ type: SessionDetailDto, description: 'The whole session: note, attendance, ratings, addenda; ETag is its version' })
  async get(
    @CurrentActor() actor: Actor,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionDetail> {
    const session = await this.sessions.get(actor, sessionId);
    void reply.header('etag', etagOf(session.version));
    return session;
  }

  @Allow('facilitator')
  @Put(':sessionId')
  @ApiHeader({ name: 'If-Match', required: true, description: 'The version being edited' })
  @ApiOkResponse({ type: SessionDetailDto })
  @ApiConflictResponse({ description: 'Stale version (the current one is in currentVersion) or the note is signed' })
  @ApiUnprocessableEntityResponse({ description: 'Content that does not fit the group, or identifiers in free text' })
  async update(
    @CurrentActor() actor: Actor,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: SessionWriteDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionDetail> {
    const session = await this.sessions.update(actor, sessionId, versionFromIfMatch(ifMatch), body);
    void reply.header('etag', etagOf(session.version));
    return session;
  }

  @Allow('facilitator')
  @Post(':sessionId/sign')
  @HttpCode(200)
  @ApiOkResponse({ type: SignResponseDto, description: 'Signed and locked; corrections from now on are addenda' })
  @ApiUnprocessableEntityResponse({ description: 'Attendance missing for an enrolled member, or a risk concern without follow-up' })
  sign(@CurrentActor() actor: Actor, @Param('sessionId', ParseUUIDPipe) sessionId: string): Promise<SignResponse> {
    return this.signing.sign(actor, sessionId);
  }

  @Allow('supervisor')
  @Post(':sessionId/cosign')
  @HttpCode(200)
  @ApiOkResponse({ type: CosignResponseDto, description: 'The supervisor’s co-signature of a signed note' })
  cosign(@CurrentActor() actor: Actor, @Param('sessionId', ParseUUIDPipe) sessionId: string): Promise<CosignResponse> {
    return this.signing.cosign(actor, sessionId);
  }

  @Allow('facilitator')
  @Post(':sessionId/addenda')
  @ApiCreatedResponse({ type: AddendumViewDto, description: 'An append-only correction to a signed note' })
  addAddendum(@CurrentActor() actor: Actor, @Param('sessionId', ParseUUIDPipe) sessionId: string, @Body() body: AddendumDto): Promise<Addendum> {
    return this.signing.addAddendum(actor, sessionId, body);
  }
}
