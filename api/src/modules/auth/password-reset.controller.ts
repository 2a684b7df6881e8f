import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiNoContentResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../../common/access.decorators';
import { originOfRequest } from '../../common/request-origin';
import { PasswordResetConfirmationDto, PasswordResetRequestDto } from './dto/login.dto';
import { PasswordResetService } from './password-reset.service';

/** Forgot password. Public: the person cannot sign in. The token travels in the body, never in a URL. */
@ApiTags('auth')
@Public()
@Controller('auth/password-reset')
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({
    description:
      'The same answer, after the same time, for every address: if it belongs to an enabled account with a password, a link valid 30 minutes is emailed (at most 3 an hour).',
  })
  async request(@Body() body: PasswordResetRequestDto, @Req() request: FastifyRequest): Promise<{ status: 'accepted' }> {
    await this.resets.request(body.email, originOfRequest(request));
    return { status: 'accepted' };
  }

  @Post('confirm')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The password is changed, the link used up, every session of the account ended and a notice emailed.' })
  @ApiBadRequestResponse({ description: '`link_invalid`: unknown, used, revoked or expired (one answer for all).' })
  @ApiUnprocessableEntityResponse({ description: '`unacceptable_password`: too short, too long or a common breached password; the link still works.' })
  async confirm(@Body() body: PasswordResetConfirmationDto, @Req() request: FastifyRequest): Promise<void> {
    await this.resets.confirm(body.token, body.password, originOfRequest(request));
  }
}
