import { DynamicModule, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { DatabaseModule } from './database/database.module';
import { AccessModule } from './modules/access/access.module';
import { AnalyticsModule } from './modules/analytics/analytics.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { ExportsModule } from './modules/exports/exports.module';
import { DigestModule } from './modules/digest/digest.module';
import { DeidentificationModule } from './modules/deidentification/deidentification.module';
import { GroupsModule } from './modules/groups/groups.module';
import { HealthModule } from './modules/health/health.module';
import { MailModule } from './modules/mail/mail.module';
import { MembersModule } from './modules/members/members.module';
import { ReportsModule } from './modules/reports/reports.module';
import { ProgramsModule } from './modules/programs/programs.module';
import { SessionsModule } from './modules/sessions/sessions.module';
import { StaffModule } from './modules/staff/staff.module';
import { HttpSecurityModule } from './common/http-security.module';
import { loggerOptions } from './common/logging';
import { Clock, ClockModule } from './common/clock';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, { logDestination, clock }: { logDestination?: DestinationStream; clock?: Clock } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(clock),
        LoggerModule.forRoot(loggerOptions(config, logDestination)),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config, { asApplication: true }), retryAttempts: 3, retryDelay: 1000 }),
        ThrottlerModule.forRoot({ throttlers: [{ ttl: 60_000, limit: config.expensiveRequestsPerMinute }], setHeaders: false }),
        HttpSecurityModule,
        DatabaseModule,
        AuditModule,
        MailModule,
        AccessModule,
        AuthModule,
        HealthModule,
        GroupsModule,
        DeidentificationModule,
        SessionsModule,
        AnalyticsModule,
        ProgramsModule,
        MembersModule,
        StaffModule,
        ExportsModule,
        ReportsModule,
        DigestModule,
      ],
    };
  }
}
