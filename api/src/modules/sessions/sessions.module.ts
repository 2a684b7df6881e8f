import { Module } from '@nestjs/common';
import { DeidentificationModule } from '../deidentification/deidentification.module';
import { GroupsModule } from '../groups/groups.module';
import { GroupSessionsController } from './group-sessions.controller';
import { SessionReadRepository } from './session-read.repository';
import { SessionsController } from './sessions.controller';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { SigningService } from './signing.service';

@Module({
  imports: [GroupsModule, DeidentificationModule],
  controllers: [GroupSessionsController, SessionsController],
  providers: [SessionsRepository, SessionReadRepository, SessionsService, SigningService],
})
export class SessionsModule {}
