import { Injectable } from '@nestjs/common';
import type { GroupSummary } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { UnitOfWork } from '../../database/unit-of-work';
import { GroupsRepository } from './groups.repository';

@Injectable()
export class GroupsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly groups: GroupsRepository,
  ) {}

  /** The groups the caller may see, with their program, facilitators and current size. */
  listVisibleGroups(actor: Actor): Promise<GroupSummary[]> {
    return this.unitOfWork.run(actor, (tx) => this.groups.findVisibleGroupSummaries(tx, actor));
  }
}
