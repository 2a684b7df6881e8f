import { Module } from '@nestjs/common';
import { AnalyticsModule } from '../analytics/analytics.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ExportsController } from './exports.controller';
import { RatingsExportRepository } from './ratings-export.repository';
import { RatingsExportService } from './ratings-export.service';

@Module({
  imports: [AnalyticsModule, OrganizationsModule],
  controllers: [ExportsController],
  providers: [RatingsExportRepository, RatingsExportService],
})
export class ExportsModule {}
