import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { MemberCodes } from './member-codes';
import { MembersController } from './members.controller';
import { MembersRepository } from './members.repository';
import { MembersService } from './members.service';

@Module({ imports: [OrganizationsModule], controllers: [MembersController], providers: [MembersRepository, MembersService, MemberCodes] })
export class MembersModule {}
