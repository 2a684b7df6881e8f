import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ROLES } from '@cohesion/domain';
import type { EnrolledSecondFactor, LoginResponse, SecondFactorEnrollment } from '@cohesion/contracts';
import { Allow, BeforeSecondFactor } from '../../../common/access.decorators';
import { CurrentActor, type Actor } from '../../../common/actor';
import { NoInputDto } from '../../../common/dto/no-input.dto';
import { LoginResponseDto } from '../dto/current-user.dto';
import { ConfirmSecondFactorDto, EnrolledSecondFactorDto, SecondFactorEnrollmentDto, SecondFactorRequestDto } from '../dto/second-factor.dto';
import { SessionCookie } from '../session-cookie';
import { SecondFactorService } from './second-factor.service';

/** Proving and enrolling the TOTP second factor. Every success opens a new session (a new cookie). */
@ApiTags('auth')
@ApiCookieAuth()
@Allow(...ROLES)
@BeforeSecondFactor()
@Controller('auth/second-factor')
export class SecondFactorController {
  constructor(
    private readonly factors: SecondFactorService,
    private readonly cookie: SessionCookie,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto, description: 'The code is right: signed in fully; a new session cookie is set.' })
  @ApiUnauthorizedResponse({ description: 'Wrong, reused or expired code, or an unknown recovery code (invalid_second_factor).' })
  @ApiConflictResponse({ description: 'This session owes no code.' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong codes or passwords for this account: try again after Retry-After seconds.' })
  async prove(
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() body: SecondFactorRequestDto,
  ): Promise<LoginResponse> {
    const signIn = await this.factors.prove(actor, request.currentUser?.secondFactor ?? 'not_required', body);
    this.cookie.set(request, reply, signIn);
    return { user: signIn.user };
  }

  @Post('enrollment')
  @ApiCreatedResponse({ type: SecondFactorEnrollmentDto, description: 'A new secret for the authenticator app, to confirm with a code.' })
  @ApiConflictResponse({ description: 'An authenticator is enrolled already.' })
  beginEnrollment(@CurrentActor() actor: Actor, @Body() _noInput: NoInputDto): Promise<SecondFactorEnrollment> {
    return this.factors.beginEnrollment(actor);
  }

  @Post('enrollment/confirmation')
  @HttpCode(200)
  @ApiOkResponse({ type: EnrolledSecondFactorDto, description: 'Enrolled; the recovery codes are shown this once, and a new session cookie is set.' })
  @ApiUnauthorizedResponse({ description: 'The code does not match the new secret (invalid_second_factor).' })
  @ApiConflictResponse({ description: 'No enrollment was started, or an authenticator is enrolled already.' })
  async confirmEnrollment(
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() body: ConfirmSecondFactorDto,
  ): Promise<EnrolledSecondFactor> {
    const { signIn, recoveryCodes } = await this.factors.confirmEnrollment(actor, body.code);
    this.cookie.set(request, reply, signIn);
    return { user: signIn.user, recoveryCodes };
  }
}
