import { Body, Controller, Delete, Get, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { SingleSignOnSettings } from '@cohesion/contracts';
import { Allow } from '../../../common/access.decorators';
import { CurrentActor, type Actor } from '../../../common/actor';
import { NoInputDto } from '../../../common/dto/no-input.dto';
import { SingleSignOnSettingsDto, UpdateSingleSignOnDto } from './single-sign-on.dto';
import { SingleSignOnSettingsService } from './single-sign-on-settings.service';

/** The organization's OpenID Connect provider, for its admins. */
@ApiTags('organization')
@ApiCookieAuth()
@ApiForbiddenResponse({ description: 'Only admins see and change single sign-on.' })
@Allow('admin')
@Controller('organization/single-sign-on')
export class SingleSignOnSettingsController {
  constructor(private readonly settings: SingleSignOnSettingsService) {}

  @Get()
  @ApiOkResponse({ type: SingleSignOnSettingsDto })
  read(@CurrentActor() actor: Actor): Promise<SingleSignOnSettings> {
    return this.settings.read(actor);
  }

  @Put()
  @ApiOkResponse({ type: SingleSignOnSettingsDto, description: 'Saved and audited (never the secret), after the provider answered discovery.' })
  @ApiUnprocessableEntityResponse({ description: '`sso_settings_invalid`: an issuer that is not https or does not answer as a provider, or no client secret yet.' })
  @ApiConflictResponse({ description: '`sso_domain_taken`: another organization signs in people of one of these domains.' })
  change(@CurrentActor() actor: Actor, @Body() body: UpdateSingleSignOnDto): Promise<SingleSignOnSettings> {
    return this.settings.change(actor, body);
  }

  @Delete()
  @ApiOkResponse({ type: SingleSignOnSettingsDto, description: 'Removed: everyone signs in with a password again.' })
  remove(@CurrentActor() actor: Actor, @Body() _noInput: NoInputDto): Promise<SingleSignOnSettings> {
    return this.settings.remove(actor);
  }
}
