import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { InvitationDetails, LoginResponse } from '@cohesion/contracts';
import { Public } from '../../common/access.decorators';
import { originOfRequest } from '../../common/request-origin';
import { InvitationDetailsDto, LoginResponseDto } from './dto/current-user.dto';
import { AcceptInvitationDto, AccountLinkDto } from './dto/login.dto';
import { InvitationsService } from './invitations.service';
import { SessionCookie } from './session-cookie';

/**
 * The page of an invitation link. The token travels in the body, never in a URL: URLs end up in logs and histories.
 * Public: whoever holds the link is the person it was made for.
 */
@ApiTags('auth')
@Public()
@Controller('auth/invitation')
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly cookie: SessionCookie,
  ) {}

  @Post('details')
  @HttpCode(200)
  @ApiOkResponse({ type: InvitationDetailsDto, description: 'Whom the invitation is for, and until when it works.' })
  @ApiBadRequestResponse({ description: '`link_invalid`: unknown, used, revoked or expired (one answer for all), or the password is set already.' })
  details(@Body() body: AccountLinkDto): Promise<InvitationDetails> {
    return this.invitations.details(body.token);
  }

  @Post('acceptance')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto, description: 'The password is set and the link used up; the person is signed in (a session cookie is set).' })
  @ApiBadRequestResponse({ description: '`link_invalid`: unknown, used, revoked or expired (one answer for all).' })
  @ApiUnprocessableEntityResponse({ description: '`unacceptable_password`: too short, too long or a common breached password; the link still works.' })
  async accept(@Body() body: AcceptInvitationDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<LoginResponse> {
    const signIn = await this.invitations.accept(body.token, body.password, originOfRequest(request), this.cookie.read(request));
    this.cookie.set(request, reply, signIn);
    return { user: signIn.user };
  }
}
