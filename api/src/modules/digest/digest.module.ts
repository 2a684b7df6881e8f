import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { AnalyticsModule } from '../analytics/analytics.module';
import { SessionsModule } from '../sessions/sessions.module';
import { WeeklyDigest } from './weekly-digest';
import { WeeklyDigestRepository } from './weekly-digest.repository';

/** The Monday digest email of directors and supervisors. */
@Module({
  imports: [AccessModule, AnalyticsModule, SessionsModule],
  providers: [WeeklyDigest, WeeklyDigestRepository],
})
export class DigestModule {}
