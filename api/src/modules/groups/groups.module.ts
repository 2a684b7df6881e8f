import { Module } from '@nestjs/common';
import { DeidentificationModule } from '../deidentification/deidentification.module';
import { GroupManagementRepository } from './group-management.repository';
import { GroupManagementService } from './group-management.service';
import { GroupsController } from './groups.controller';
import { GroupsRepository } from './groups.repository';
import { GroupsService } from './groups.service';

@Module({
  imports: [DeidentificationModule],
  controllers: [GroupsController],
  providers: [GroupsRepository, GroupsService, GroupManagementRepository, GroupManagementService],
})
export class GroupsModule {}
