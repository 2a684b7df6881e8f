import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { CreatedStaffAccount, InvitationSent, StaffAccountDetails } from '@cohesion/contracts';
import { Allow } from '../../common/access.decorators';
import { CurrentActor, type Actor } from '../../common/actor';
import { NoInputDto } from '../../common/dto/no-input.dto';
import { CreatedStaffAccountDto, CreateStaffAccountDto, InvitationSentDto, StaffAccountDto, UpdateStaffAccountDto } from './dto/staff-account.dto';
import { StaffAccountsService } from './staff-accounts.service';

/** Staff accounts of the organization, managed by its admins (never a person's password, never a clinical role alone). */
@ApiTags('staff')
@ApiCookieAuth()
@ApiForbiddenResponse({ description: 'Only admins manage accounts.' })
@Allow('admin')
@Controller('staff/accounts')
export class StaffAccountsController {
  constructor(private readonly accounts: StaffAccountsService) {}

  @Get()
  @ApiOkResponse({ type: [StaffAccountDto], description: 'Every account of the organization: enabled first, then by name.' })
  list(@CurrentActor() actor: Actor): Promise<StaffAccountDetails[]> {
    return this.accounts.list(actor);
  }

  @Post()
  @ApiCreatedResponse({
    type: CreatedStaffAccountDto,
    description:
      'The account, without a password; its invitation link (valid 72 hours) is emailed to the person alone. A clinical role waits for a director’s approval.',
  })
  @ApiBadRequestResponse({ description: 'A field is missing, malformed or unknown (a password among them: nobody sets another person’s password).' })
  @ApiConflictResponse({ description: '`email_taken`: an account with this email exists (in any organization).' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateStaffAccountDto): Promise<CreatedStaffAccount> {
    return this.accounts.create(actor, body);
  }

  @Post(':userId/invitation')
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiCreatedResponse({ type: InvitationSentDto, description: 'A new invitation link, emailed to the person; earlier ones stop working.' })
  @ApiNotFoundResponse({ description: '`staff_not_found`: no such account in the organization.' })
  @ApiConflictResponse({ description: '`password_already_set` once the person chose their password; `account_disabled`.' })
  issueInvitation(@CurrentActor() actor: Actor, @Param('userId', ParseUUIDPipe) userId: string, @Body() _noInput: NoInputDto): Promise<InvitationSent> {
    return this.accounts.issueInvitation(actor, userId);
  }

  @Delete(':userId/invitation')
  @HttpCode(204)
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiNoContentResponse({ description: 'Every unused invitation link of the account stops working.' })
  @ApiNotFoundResponse({ description: '`staff_not_found`: no such account in the organization.' })
  revokeInvitation(@CurrentActor() actor: Actor, @Param('userId', ParseUUIDPipe) userId: string): Promise<void> {
    return this.accounts.revokeInvitation(actor, userId);
  }

  @Patch(':userId')
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiOkResponse({
    type: StaffAccountDto,
    description: 'The account as changed. A role change or disabling ended the person’s sessions; a clinical role waits for a director’s approval.',
  })
  @ApiNotFoundResponse({ description: '`staff_not_found`: no such account in the organization.' })
  @ApiConflictResponse({
    description:
      '`own_access_unchanged` for your own role or disabling yourself; `staff_still_assigned` for a role change of someone with groups or supervision.',
  })
  update(@CurrentActor() actor: Actor, @Param('userId', ParseUUIDPipe) userId: string, @Body() body: UpdateStaffAccountDto): Promise<StaffAccountDetails> {
    return this.accounts.update(actor, userId, body);
  }

  @Delete(':userId/second-factor')
  @HttpCode(204)
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiNoContentResponse({
    description: 'The authenticator and recovery codes are removed and the person’s sessions ended; they enroll again at next sign-in if required.',
  })
  @ApiNotFoundResponse({ description: '`staff_not_found`: no such account in the organization.' })
  resetSecondFactor(@CurrentActor() actor: Actor, @Param('userId', ParseUUIDPipe) userId: string): Promise<void> {
    return this.accounts.resetSecondFactor(actor, userId);
  }
}
