import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCookieAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { OrganizationSettings } from '@cohesion/contracts';
import { Allow } from '../../common/access.decorators';
import { CurrentActor, type Actor } from '../../common/actor';
import { OrganizationSettingsDto, UpdateOrganizationSettingsDto } from './dto/organization-settings.dto';
import { OrganizationSettingsService } from './organization-settings.service';

/** The organization's settings: admins change its time zone, clinical directors the settings that change clinical figures. */
@ApiTags('organization')
@ApiCookieAuth()
@Allow('admin', 'director')
@Controller('organization/settings')
export class OrganizationSettingsController {
  constructor(private readonly settings: OrganizationSettingsService) {}

  @Get()
  @ApiOkResponse({ type: OrganizationSettingsDto })
  @ApiForbiddenResponse({ description: 'Admins and clinical directors see the settings.' })
  read(@CurrentActor() actor: Actor): Promise<OrganizationSettings> {
    return this.settings.read(actor);
  }

  @Put()
  @ApiOkResponse({ type: OrganizationSettingsDto, description: 'Changed and audited (old and new values); applies from the next request.' })
  @ApiBadRequestResponse({
    description: 'An unknown time zone, k below 5, a threshold outside 0–10 or r outside (0, 1): a problem naming the field; nothing changed.',
  })
  @ApiForbiddenResponse({
    description: 'A setting the caller’s role does not change (`settings_forbidden`): admins change the time zone, clinical directors k, the threshold and r.',
  })
  change(@CurrentActor() actor: Actor, @Body() body: UpdateOrganizationSettingsDto): Promise<OrganizationSettings> {
    return this.settings.change(actor, body);
  }
}
