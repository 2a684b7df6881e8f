import { Module } from '@nestjs/common';
import { ClinicCalendar } from './clinic-calendar';
import { OrganizationSecurityController } from './organization-security.controller';
import { OrganizationSecurityService } from './organization-security.service';

@Module({ controllers: [OrganizationSecurityController], providers: [ClinicCalendar, OrganizationSecurityService], exports: [ClinicCalendar] })
export class OrganizationsModule {}
