import { Module } from '@nestjs/common';
import { ClinicCalendar } from './clinic-calendar';

@Module({ providers: [ClinicCalendar], exports: [ClinicCalendar] })
export class OrganizationsModule {}
