import { Module } from '@nestjs/common';
import { StaffController } from './staff.controller';
import { StaffRepository } from './staff.repository';
import { StaffService } from './staff.service';
import { SupervisionsController } from './supervisions.controller';

@Module({ controllers: [StaffController, SupervisionsController], providers: [StaffRepository, StaffService] })
export class StaffModule {}
