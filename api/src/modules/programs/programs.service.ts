import { Injectable } from '@nestjs/common';
import type { CreateProgramRequest, ProgramSummary } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { DeidentificationService } from '../deidentification/deidentification.service';
import { UnitOfWork } from '../../database/unit-of-work';
import { toProgramSummary } from './programs.mapper';
import { ProgramsException } from './programs.exception';
import { ProgramsRepository } from './programs.repository';

/** Programs of the caller's organization; the organization always comes from the actor, never the client. */
@Injectable()
export class ProgramsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly programs: ProgramsRepository,
    private readonly deidentification: DeidentificationService,
  ) {}

  /** The programs of the caller's organization, by name. */
  listPrograms(actor: Actor): Promise<ProgramSummary[]> {
    return this.unitOfWork.run(actor, async (tx) => (await this.programs.findProgramsOfOrganization(tx, actor.organizationId)).map(toProgramSummary));
  }

  /** Creates a program in the caller's organization (directors only, by route). */
  createProgram(actor: Actor, request: CreateProgramRequest): Promise<ProgramSummary> {
    this.deidentification.requireNoIdentifiers([{ field: 'name', text: request.name }], []);
    return this.unitOfWork.run(actor, async (tx) => {
      const program = await this.programs.insertProgramUnlessNameTaken(tx, actor.organizationId, request.name);
      if (!program) throw ProgramsException.programNameTaken();
      return toProgramSummary(program);
    });
  }
}
