import { Module } from '@nestjs/common';
import { DeidentificationModule } from '../deidentification/deidentification.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AlertsController } from './alerts.controller';
import { AnalyticsController } from './analytics.controller';
import { CheckInDetection } from './check-in-detection';
import { CheckInsRepository } from './check-ins.repository';
import { CheckInsService } from './check-ins.service';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceService } from './attendance.service';
import { GroupClimateRepository } from './group-climate.repository';
import { GroupClimateService } from './group-climate.service';
import { GroupGlanceRepository } from './group-glance.repository';
import { GroupGlanceService } from './group-glance.service';
import { GroupMembersRepository } from './group-members.repository';
import { GroupMembersService } from './group-members.service';
import { MemberOutcomesRepository } from './member-outcomes.repository';
import { OutcomeTrendsRepository } from './outcome-trends.repository';
import { TrajectoryService } from './trajectory.service';
import { TrendAnswerCache } from './trend-answer-cache';
import { TrendsService } from './trends.service';

@Module({
  imports: [OrganizationsModule, DeidentificationModule],
  controllers: [AnalyticsController, AlertsController],
  providers: [
    OutcomeTrendsRepository,
    MemberOutcomesRepository,
    AttendanceRepository,
    CheckInsRepository,
    CheckInDetection,
    TrendsService,
    TrendAnswerCache,
    TrajectoryService,
    AttendanceService,
    CheckInsService,
    GroupMembersRepository,
    GroupMembersService,
    GroupClimateRepository,
    GroupClimateService,
    GroupGlanceRepository,
    GroupGlanceService,
  ],
  // Reports and exports show the same figures as the analytics routes, by asking the same services.
  exports: [TrendsService, AttendanceService, CheckInsService],
})
export class AnalyticsModule {}
