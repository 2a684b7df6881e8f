import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import {
  ApiBadGatewayResponse,
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LoginResponse, SingleSignOnStart } from '@cohesion/contracts';
import { Public } from '../../../common/access.decorators';
import { COOKIES, deleteCookie, readCookie, writeCookie } from '../../../common/cookies';
import { originOfRequest } from '../../../common/request-origin';
import { LoginResponseDto } from '../dto/current-user.dto';
import { SessionCookie } from '../session-cookie';
import { SingleSignOnCallbackDto, SingleSignOnStartDto, SingleSignOnStartedDto } from './single-sign-on.dto';
import { SIGN_IN_LIFETIME_SECONDS, SingleSignOnService } from './single-sign-on.service';
import { SIGN_INS_STARTED_PER_MINUTE, SingleSignOnStartThrottle } from './single-sign-on-start-throttle';

/** Signing in through the organization's OpenID provider: start here, come back through /sign-in/sso. */
@ApiTags('auth')
@Public()
@Controller('auth/sso')
export class SingleSignOnController {
  constructor(
    private readonly singleSignOn: SingleSignOnService,
    private readonly sessionCookie: SessionCookie,
  ) {}

  @Post()
  @HttpCode(200)
  @UseGuards(SingleSignOnStartThrottle)
  @Throttle({ default: { limit: SIGN_INS_STARTED_PER_MINUTE, ttl: 60_000 } })
  @ApiTooManyRequestsResponse({ description: 'More single sign-ons started from this address in a minute than allowed: try again after Retry-After seconds.' })
  @ApiOkResponse({
    type: SingleSignOnStartedDto,
    description: 'Send the browser to authorizationUrl. A cookie (10 minutes) ties the provider’s answer to this browser.',
  })
  @ApiNotFoundResponse({ description: '`sso_not_available`: no organization signs in this email’s domain through a provider.' })
  @ApiBadGatewayResponse({ description: '`sso_provider_unreachable`: the provider did not answer discovery.' })
  async start(@Body() body: SingleSignOnStartDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SingleSignOnStart> {
    const started = await this.singleSignOn.start(body.email);
    writeCookie(request, reply, COOKIES.singleSignOn, started.browserToken, { httpOnly: true, maxAge: SIGN_IN_LIFETIME_SECONDS });
    return { authorizationUrl: started.authorizationUrl };
  }

  @Post('callback')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto, description: 'Signed in; the session cookie is set, as after a password sign-in.' })
  @ApiBadRequestResponse({
    description:
      '`sso_sign_in_expired` (no sign-in of this browser under way), `sso_answer_rejected` (state, nonce, signature, audience or lifetime wrong) or `sso_refused_by_provider`.',
  })
  @ApiForbiddenResponse({
    description: '`sso_email_unverified`, or `sso_no_account` (one answer for unknown, disabled, other organization and domain not allowed).',
  })
  @ApiBadGatewayResponse({ description: '`sso_provider_unreachable`: the token request got no answer.' })
  async callback(
    @Body() body: SingleSignOnCallbackDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    const browserToken = readCookie(request, COOKIES.singleSignOn);
    // The sign-in is used up whatever its outcome: the cookie goes with it.
    deleteCookie(request, reply, COOKIES.singleSignOn);
    const signIn = await this.singleSignOn.finish(browserToken, body.callbackQuery, originOfRequest(request), this.sessionCookie.read(request));
    this.sessionCookie.set(request, reply, signIn);
    return { user: signIn.user };
  }
}
