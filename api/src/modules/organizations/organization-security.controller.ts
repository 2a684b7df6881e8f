import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { OrganizationSecuritySettings } from '@cohesion/contracts';
import { Allow } from '../../common/access.decorators';
import { CurrentActor, type Actor } from '../../common/actor';
import { OrganizationSecurityDto, UpdateOrganizationSecurityDto } from './dto/organization-security.dto';
import { OrganizationSecurityService } from './organization-security.service';

/** The organization's security settings, for its admins. */
@ApiTags('organization')
@ApiCookieAuth()
@ApiForbiddenResponse({ description: 'Only admins see and change security settings.' })
@Allow('admin')
@Controller('organization/security')
export class OrganizationSecurityController {
  constructor(private readonly settings: OrganizationSecurityService) {}

  @Get()
  @ApiOkResponse({ type: OrganizationSecurityDto })
  read(@CurrentActor() actor: Actor): Promise<OrganizationSecuritySettings> {
    return this.settings.read(actor);
  }

  @Put()
  @ApiOkResponse({ type: OrganizationSecurityDto, description: 'Changed; people who now owe a second factor are asked for it at their next request.' })
  change(@CurrentActor() actor: Actor, @Body() body: UpdateOrganizationSecurityDto): Promise<OrganizationSecuritySettings> {
    return this.settings.change(actor, body);
  }
}
