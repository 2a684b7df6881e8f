import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiCookieAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { SingleSignOnSettings } from '@cohesion/contracts';
import { Allow } from '../../../common/access.decorators';
import { CurrentActor, type Actor } from '../../../common/actor';
import { NoInputDto } from '../../../common/dto/no-input.dto';
import { SingleSignOnDecisionDto, SingleSignOnSettingsDto, UpdateSingleSignOnDto } from './single-sign-on.dto';
import { SingleSignOnSettingsService } from './single-sign-on-settings.service';

/** The organization's OpenID Connect provider: admins set it up, clinical directors approve it. */
@ApiTags('organization')
@ApiCookieAuth()
@Controller('organization/single-sign-on')
export class SingleSignOnSettingsController {
  constructor(private readonly settings: SingleSignOnSettingsService) {}

  @Allow('admin', 'director')
  @Get()
  @ApiOkResponse({ type: SingleSignOnSettingsDto, description: 'The provider and whether it is active or waits for a director (never the secret).' })
  @ApiForbiddenResponse({ description: 'Admins and clinical directors see single sign-on.' })
  read(@CurrentActor() actor: Actor): Promise<SingleSignOnSettings> {
    return this.settings.read(actor);
  }

  @Allow('admin')
  @Put()
  @ApiOkResponse({
    type: SingleSignOnSettingsDto,
    description:
      'Saved and audited (never the secret), after the provider answered discovery. A new provider, another issuer or client, an added domain or newly trusted multi-factor waits for a director (status awaiting_approval, directors are emailed) and signs nobody in until then.',
  })
  @ApiUnprocessableEntityResponse({
    description:
      '`sso_settings_invalid`: an issuer that is not https or does not answer as a provider, no client secret for a new issuer or client, a public email domain; `sso_domain_unproven`: a domain no enabled colleague receives mail at.',
  })
  @ApiConflictResponse({ description: '`sso_domain_taken`: another organization signs in people of one of these domains.' })
  @ApiForbiddenResponse({ description: 'Only admins change single sign-on.' })
  change(@CurrentActor() actor: Actor, @Body() body: UpdateSingleSignOnDto): Promise<SingleSignOnSettings> {
    return this.settings.change(actor, body);
  }

  @Allow('admin')
  @Delete()
  @ApiOkResponse({ type: SingleSignOnSettingsDto, description: 'Removed: everyone signs in with a password again.' })
  @ApiForbiddenResponse({ description: 'Only admins remove single sign-on.' })
  remove(@CurrentActor() actor: Actor, @Body() _noInput: NoInputDto): Promise<SingleSignOnSettings> {
    return this.settings.remove(actor);
  }

  @Allow('director')
  @Post('approve')
  @HttpCode(200)
  @ApiOkResponse({ type: SingleSignOnSettingsDto, description: 'Approved and audited: the provider signs people in from now on.' })
  @ApiConflictResponse({
    description: '`sso_nothing_awaits_approval`; `sso_proposal_changed`: an admin changed it after the one approved (proposedAt); `sso_domain_taken`.',
  })
  @ApiForbiddenResponse({ description: 'Only clinical directors approve single sign-on.' })
  approve(@CurrentActor() actor: Actor, @Body() decision: SingleSignOnDecisionDto): Promise<SingleSignOnSettings> {
    return this.settings.approve(actor, decision.proposedAt);
  }

  @Allow('director')
  @Post('decline')
  @HttpCode(200)
  @ApiOkResponse({ type: SingleSignOnSettingsDto, description: 'Declined and audited: the provider is removed.' })
  @ApiConflictResponse({ description: '`sso_nothing_awaits_approval`; `sso_proposal_changed`.' })
  @ApiForbiddenResponse({ description: 'Only clinical directors decline single sign-on.' })
  decline(@CurrentActor() actor: Actor, @Body() decision: SingleSignOnDecisionDto): Promise<SingleSignOnSettings> {
    return this.settings.decline(actor, decision.proposedAt);
  }
}
