import { Module } from '@nestjs/common';
import { DeidentificationModule } from '../deidentification/deidentification.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { GroupSessionsController } from './group-sessions.controller';
import { SessionReadRepository } from './session-read.repository';
import { SessionsController } from './sessions.controller';
import { SessionsRepository } from './sessions.repository';
import { ReviewQueueRepository } from './review-queue.repository';
import { SessionsService } from './sessions.service';
import { SigningService } from './signing.service';

@Module({
  imports: [DeidentificationModule, OrganizationsModule],
  controllers: [GroupSessionsController, SessionsController],
  providers: [SessionsRepository, SessionReadRepository, SessionsService, SigningService, ReviewQueueRepository],
  // The weekly digest counts the notes waiting for a co-signature.
  exports: [ReviewQueueRepository],
})
export class SessionsModule {}
