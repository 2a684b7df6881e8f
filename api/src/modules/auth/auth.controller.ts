import { Body, Controller, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ROLES } from '@cohesion/domain';
import type { CurrentUser, LoginResponse } from '@cohesion/contracts';
import { Allow, BeforeApproval, BeforeSecondFactor, Public } from '../../common/access.decorators';
import { CurrentActor, type Actor } from '../../common/actor';
import { NoInputDto } from '../../common/dto/no-input.dto';
import { originOfRequest } from '../../common/request-origin';
import { AuthService } from './auth.service';
import { CurrentUserDto, LoginResponseDto } from './dto/current-user.dto';
import { ChangePasswordDto, LoginDto, WeeklyDigestPreferenceDto } from './dto/login.dto';
import { DeviceCookie } from './device-cookie';
import { SessionCookie } from './session-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: SessionCookie,
    private readonly device: DeviceCookie,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({
    type: LoginResponseDto,
    description:
      'The password is right; the session cookie is set. When user.secondFactor is pending or enrollment_required, only the second-factor routes are open until it is settled.',
  })
  @ApiUnauthorizedResponse({ description: 'Unknown email, wrong password or disabled account (one answer for all).' })
  @ApiTooManyRequestsResponse({
    description:
      'Too many failed sign-ins for this email or from this address by browsers that never signed in as the account, or from this browser: try again after Retry-After seconds.',
  })
  async login(@Body() body: LoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<LoginResponse> {
    const signIn = await this.auth.signIn(body.email, body.password, originOfRequest(request), this.cookie.read(request), this.device.read(request));
    this.cookie.set(request, reply, signIn);
    return { user: signIn.user };
  }

  @Allow(...ROLES)
  @BeforeSecondFactor()
  @Get('me')
  @ApiCookieAuth()
  @ApiOkResponse({ type: CurrentUserDto })
  me(@Req() request: FastifyRequest): CurrentUser {
    return request.currentUser as CurrentUser;
  }

  @Allow(...ROLES)
  @BeforeApproval()
  @Post('password')
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiNoContentResponse({ description: 'Changed; every other session of the person has ended.' })
  @ApiUnprocessableEntityResponse({ description: '`wrong_current_password`, or `unacceptable_password` (too short, too long or a common breached password).' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong passwords for this account: try again after Retry-After seconds.' })
  async changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(actor, body.currentPassword, body.newPassword);
  }

  @Allow('director', 'supervisor')
  @Put('weekly-digest')
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiNoContentResponse({ description: 'The Monday digest email is on or off for the caller (user.weeklyDigest).' })
  async setWeeklyDigest(@CurrentActor() actor: Actor, @Body() body: WeeklyDigestPreferenceDto): Promise<void> {
    await this.auth.setWeeklyDigest(actor, body.enabled);
  }

  @Allow(...ROLES)
  @BeforeSecondFactor()
  @Post('security-notice/dismissal')
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiNoContentResponse({ description: 'The security notice (user.securityNotice) is read and no longer shown.' })
  async dismissSecurityNotice(@CurrentActor() actor: Actor, @Body() _noInput: NoInputDto): Promise<void> {
    await this.auth.dismissSecurityNotice(actor);
  }

  @Allow(...ROLES)
  @BeforeSecondFactor()
  @Post('logout')
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiNoContentResponse({ description: 'Signed out; the session is revoked server-side.' })
  async logout(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.signOut(actor);
    this.cookie.clear(request, reply);
  }
}
