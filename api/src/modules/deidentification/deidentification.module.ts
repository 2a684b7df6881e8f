import { Module } from '@nestjs/common';
import { DeidentificationController } from './deidentification.controller';
import { DeidentificationService } from './deidentification.service';

@Module({ controllers: [DeidentificationController], providers: [DeidentificationService], exports: [DeidentificationService] })
export class DeidentificationModule {}
