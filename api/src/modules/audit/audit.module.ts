import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';
import { AuditTrail } from './audit-trail';
import { DeniedRequests } from './denied-requests';
import { RefusedRequestTally } from './refused-request-tally';

/** Global: every module that reads clinical content or changes anything records it through AuditTrail. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditRepository, AuditTrail, AuditService, DeniedRequests, RefusedRequestTally],
  exports: [AuditTrail, DeniedRequests, RefusedRequestTally],
})
export class AuditModule {}
