import { Injectable } from '@nestjs/common';
import type { GroupSummary } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { GroupsRepository } from './groups.repository';

@Injectable()
export class GroupsService {
  constructor(private readonly groups: GroupsRepository) {}

  /** The groups the caller may see, with their program, facilitators and current size. */
  listVisibleGroups(actor: Actor): Promise<GroupSummary[]> {
    return this.groups.findVisibleGroupSummaries(actor);
  }
}
