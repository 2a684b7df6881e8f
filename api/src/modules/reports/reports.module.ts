import { Module } from '@nestjs/common';
import { AnalyticsModule } from '../analytics/analytics.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ReportsController } from './reports.controller';
import { SupervisionPackRepository } from './supervision-pack.repository';
import { SupervisionPackService } from './supervision-pack.service';

@Module({
  imports: [AnalyticsModule, OrganizationsModule],
  controllers: [ReportsController],
  providers: [SupervisionPackRepository, SupervisionPackService],
})
export class ReportsModule {}
