import { Module } from '@nestjs/common';
import { DeidentificationModule } from '../deidentification/deidentification.module';
import { ProgramsController } from './programs.controller';
import { ProgramsRepository } from './programs.repository';
import { ProgramsService } from './programs.service';

@Module({ imports: [DeidentificationModule], controllers: [ProgramsController], providers: [ProgramsRepository, ProgramsService] })
export class ProgramsModule {}
