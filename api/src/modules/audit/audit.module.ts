import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AppendedChains } from './appended-chains';
import { AuditChainVerifier } from './audit-chain-verifier';
import { AuditCheckpointFile } from './audit-checkpoint-file';
import { AuditCheckpointer } from './audit-checkpointer';
import { AuditController } from './audit.controller';
import { AuditRepository } from './audit.repository';
import { AuditSeal } from './audit-seal';
import { AuditService } from './audit.service';
import { AuditTrail } from './audit-trail';
import { DeniedRequests } from './denied-requests';
import { RefusedRequestTally } from './refused-request-tally';

/** Global: every module that reads clinical content or changes anything records it through AuditTrail. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [
    { provide: AuditSeal, useFactory: (config: AppConfig) => AuditSeal.fromConfig(config), inject: [APP_CONFIG] },
    { provide: AuditCheckpointFile, useFactory: (config: AppConfig) => AuditCheckpointFile.fromConfig(config), inject: [APP_CONFIG] },
    AppendedChains,
    AuditRepository,
    AuditChainVerifier,
    AuditCheckpointer,
    AuditTrail,
    AuditService,
    DeniedRequests,
    RefusedRequestTally,
  ],
  exports: [AuditTrail, DeniedRequests, RefusedRequestTally],
})
export class AuditModule {}
