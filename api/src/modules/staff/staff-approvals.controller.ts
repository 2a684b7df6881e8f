import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCookieAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { ApprovalRequest, StaffAccountDetails } from '@cohesion/contracts';
import { Allow } from '../../common/access.decorators';
import { CurrentActor, type Actor } from '../../common/actor';
import { NoInputDto } from '../../common/dto/no-input.dto';
import { ApprovalDecisionDto, ApprovalRequestDto, StaffAccountDto } from './dto/staff-account.dto';
import { StaffApprovalsService } from './staff-approvals.service';

/** Clinical roles given by admins, approved or declined by a director. */
@ApiTags('staff')
@ApiCookieAuth()
@ApiForbiddenResponse({ description: 'Only directors decide on clinical roles.' })
@Allow('director')
@Controller('staff/approvals')
export class StaffApprovalsController {
  constructor(private readonly approvals: StaffApprovalsService) {}

  @Get()
  @ApiOkResponse({ type: [ApprovalRequestDto], description: 'Enabled accounts waiting for approval, the longest waiting first, with who asked and when.' })
  list(@CurrentActor() actor: Actor): Promise<ApprovalRequest[]> {
    return this.approvals.list(actor);
  }

  @Post(':userId/approve')
  @HttpCode(200)
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiOkResponse({ type: StaffAccountDto, description: 'Approved: the account reaches what its role allows from its next request.' })
  @ApiNotFoundResponse({ description: '`staff_not_found`: no such account in the organization.' })
  @ApiConflictResponse({
    description:
      '`not_pending_approval`: decided already, or disabled; `approval_changed`: the request now asks for another role than the one ' +
      'approved; `invitation_not_accepted`: nobody has chosen the account’s password yet.',
  })
  approve(@CurrentActor() actor: Actor, @Param('userId', ParseUUIDPipe) userId: string, @Body() decision: ApprovalDecisionDto): Promise<StaffAccountDetails> {
    return this.approvals.approve(actor, userId, decision.role);
  }

  @Post(':userId/decline')
  @HttpCode(200)
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiOkResponse({
    type: StaffAccountDto,
    description: 'Declined: a new account is disabled (its invitation revoked), a changed one returns to its earlier role; its sessions end.',
  })
  @ApiNotFoundResponse({ description: '`staff_not_found`: no such account in the organization.' })
  @ApiConflictResponse({ description: '`not_pending_approval`: decided already, or disabled.' })
  decline(@CurrentActor() actor: Actor, @Param('userId', ParseUUIDPipe) userId: string, @Body() _noInput: NoInputDto): Promise<StaffAccountDetails> {
    return this.approvals.decline(actor, userId);
  }
}
