import { Module } from '@nestjs/common';
import { AnalyticsModule } from '../analytics/analytics.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AggregateExportRepository } from './aggregate-export.repository';
import { AggregateExportService } from './aggregate-export.service';
import { ExportsController } from './exports.controller';
import { RatingsExportRepository } from './ratings-export.repository';
import { RatingsExportService } from './ratings-export.service';
import { SmallCellThreshold } from './small-cell-threshold';

@Module({
  imports: [AnalyticsModule, OrganizationsModule],
  controllers: [ExportsController],
  providers: [RatingsExportRepository, RatingsExportService, AggregateExportRepository, AggregateExportService, SmallCellThreshold],
})
export class ExportsModule {}
