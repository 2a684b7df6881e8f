import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ROLES } from '@cohesion/domain';
import type { CurrentUser, LoginResponse } from '@cohesion/contracts';
import { Allow, Public } from '../../common/access.decorators';
import { CurrentActor, type Actor } from '../../common/actor';
import { AuthService } from './auth.service';
import { CurrentUserDto, LoginResponseDto } from './dto/current-user.dto';
import { LoginDto } from './dto/login.dto';
import { SESSION_COOKIE } from './session-token';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto, description: 'Signed in; the session cookie is set.' })
  @ApiUnauthorizedResponse({ description: 'Unknown email, wrong password or disabled account (one answer for all).' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed sign-ins for this email or from this address: try again after Retry-After seconds.' })
  async login(@Body() body: LoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<LoginResponse> {
    const signIn = await this.auth.signIn(body.email, body.password, { ip: request.ip ?? null, requestId: String(request.id) }, request.cookies?.[SESSION_COOKIE]);
    void reply.setCookie(SESSION_COOKIE, signIn.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: request.protocol === 'https',
      path: '/',
      maxAge: signIn.maxAgeSeconds,
    });
    return { user: signIn.user };
  }

  @Allow(...ROLES)
  @Get('me')
  @ApiCookieAuth()
  @ApiOkResponse({ type: CurrentUserDto })
  me(@Req() request: FastifyRequest): CurrentUser {
    return request.currentUser as CurrentUser;
  }

  @Allow(...ROLES)
  @Post('logout')
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiNoContentResponse({ description: 'Signed out; the session is revoked server-side.' })
  async logout(@CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.signOut(actor);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}
