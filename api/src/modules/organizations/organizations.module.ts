import { Module } from '@nestjs/common';
import { ClinicCalendar } from './clinic-calendar';
import { OrganizationSecurityController } from './organization-security.controller';
import { OrganizationSecurityService } from './organization-security.service';
import { OrganizationSettingsController } from './organization-settings.controller';
import { OrganizationSettingsReader } from './organization-settings-reader';
import { OrganizationSettingsRepository } from './organization-settings.repository';
import { OrganizationSettingsService } from './organization-settings.service';

@Module({
  controllers: [OrganizationSecurityController, OrganizationSettingsController],
  providers: [ClinicCalendar, OrganizationSecurityService, OrganizationSettingsService, OrganizationSettingsRepository, OrganizationSettingsReader],
  exports: [ClinicCalendar, OrganizationSettingsReader],
})
export class OrganizationsModule {}
