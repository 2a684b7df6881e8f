import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Page, SessionDetail, SessionSummary, ThemeUse } from '@cohesion/contracts';
import { Allow } from '../../common/access.decorators';
import { CurrentActor, type Actor } from '../../common/actor';
import { ListSessionsQuery } from './dto/list-sessions.query';
import { SessionDetailDto, SessionPageDto, ThemeUseDto } from './dto/session-responses.dto';
import { SessionWriteDto } from './dto/session-write.dto';
import { etagOf, idempotencyKeyFrom } from './request-headers';
import { SessionsService } from './sessions.service';

@ApiTags('sessions')
@ApiCookieAuth()
@Controller('groups/:groupId/sessions')
export class GroupSessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Allow('facilitator')
  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retrying with the same key and body returns the first result' })
  @ApiCreatedResponse({ type: SessionDetailDto, description: 'The draft session, with its version' })
  @ApiNotFoundResponse({ description: 'No such group, or not one of the caller’s groups' })
  @ApiUnprocessableEntityResponse({ description: 'Content that does not fit the group, identifiers in free text, or a reused key' })
  async record(
    @CurrentActor() actor: Actor,
    @Param('groupId', ParseUUIDPipe) groupId: string,
    @Body() body: SessionWriteDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionDetail> {
    const { session, replayed } = await this.sessions.record(actor, groupId, body, idempotencyKeyFrom(idempotencyKey));
    void reply.status(201).header('etag', etagOf(session.version)).header('location', `/api/sessions/${session.id}`);
    if (replayed) void reply.header('idempotent-replayed', 'true');
    return session;
  }

  @Allow('facilitator', 'supervisor', 'director')
  @Get()
  @ApiOkResponse({ type: SessionPageDto, description: 'Sessions of the group, newest first' })
  list(@CurrentActor() actor: Actor, @Param('groupId', ParseUUIDPipe) groupId: string, @Query() query: ListSessionsQuery): Promise<Page<SessionSummary>> {
    return this.sessions.listForGroup(actor, groupId, query);
  }

  @Allow('facilitator', 'supervisor', 'director')
  @Get('themes')
  @ApiOkResponse({ type: [ThemeUseDto], description: 'The themes of the group’s notes, most used first (at most 30): suggestions for a new note' })
  @ApiNotFoundResponse({ description: 'No such group, or not one the caller may see' })
  themes(@CurrentActor() actor: Actor, @Param('groupId', ParseUUIDPipe) groupId: string): Promise<ThemeUse[]> {
    return this.sessions.themesOfGroup(actor, groupId);
  }
}
