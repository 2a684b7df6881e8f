import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { StaffAccountsController } from './staff-accounts.controller';
import { StaffAccountsRepository } from './staff-accounts.repository';
import { StaffAccountsService } from './staff-accounts.service';
import { StaffApprovalsController } from './staff-approvals.controller';
import { StaffApprovalsService } from './staff-approvals.service';
import { StaffController } from './staff.controller';
import { StaffRepository } from './staff.repository';
import { StaffService } from './staff.service';
import { SupervisionsController } from './supervisions.controller';

@Module({
  imports: [AuthModule],
  controllers: [StaffController, StaffAccountsController, StaffApprovalsController, SupervisionsController],
  providers: [StaffRepository, StaffService, StaffAccountsRepository, StaffAccountsService, StaffApprovalsService],
})
export class StaffModule {}
