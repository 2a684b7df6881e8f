import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiConflictResponse, ApiCookieAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse,
  ApiOkResponse, ApiParam, ApiTags, ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { StaffAccountDetails } from '@cohesion/contracts';
import { Allow } from '../../common/access.decorators';
import { CurrentActor, type Actor } from '../../common/actor';
import { CreateStaffAccountDto, StaffAccountDto, UpdateStaffAccountDto } from './dto/staff-account.dto';
import { StaffAccountsService } from './staff-accounts.service';

/** Staff accounts of the organization, managed by its admins. */
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
  @ApiCreatedResponse({ type: StaffAccountDto })
  @ApiBadRequestResponse({ description: 'A field is missing, malformed or unknown.' })
  @ApiConflictResponse({ description: '`email_taken`: an account with this email exists (in any organization).' })
  @ApiUnprocessableEntityResponse({ description: '`invalid_staff_account`: the password is too short or on the breached-password list.' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateStaffAccountDto): Promise<StaffAccountDetails> {
    return this.accounts.create(actor, body);
  }

  @Patch(':userId')
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiOkResponse({ type: StaffAccountDto, description: 'The account as changed. A role change or disabling ended the person’s sessions.' })
  @ApiNotFoundResponse({ description: '`staff_not_found`: no such account in the organization.' })
  @ApiConflictResponse({ description: '`own_access_unchanged` for your own role or disabling yourself; `staff_still_assigned` for a role change of someone with groups or supervision.' })
  update(@CurrentActor() actor: Actor, @Param('userId', ParseUUIDPipe) userId: string, @Body() body: UpdateStaffAccountDto): Promise<StaffAccountDetails> {
    return this.accounts.update(actor, userId, body);
  }

  @Delete(':userId/second-factor')
  @HttpCode(204)
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiNoContentResponse({ description: 'The authenticator and recovery codes are removed and the person’s sessions ended; they enroll again at next sign-in if required.' })
  @ApiNotFoundResponse({ description: '`staff_not_found`: no such account in the organization.' })
  resetSecondFactor(@CurrentActor() actor: Actor, @Param('userId', ParseUUIDPipe) userId: string): Promise<void> {
    return this.accounts.resetSecondFactor(actor, userId);
  }
}
