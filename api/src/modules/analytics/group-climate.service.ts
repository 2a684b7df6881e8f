import { Injectable } from '@nestjs/common';
import type { GroupClimate } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { UnitOfWork } from '../../database/unit-of-work';
import { ClinicCalendar } from '../organizations/clinic-calendar';
import { resolveRange } from '../../common/date-range';
import { ScopeAccess } from '../access/scope-access';
import { GroupClimateRepository } from './group-climate.repository';

/** The groups × weeks view of the benefit index, over the groups the caller may see (directors: all of them). */
@Injectable()
export class GroupClimateService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly calendar: ClinicCalendar,
    private readonly scopes: ScopeAccess,
    private readonly climate: GroupClimateRepository,
  ) {}

  groupsByWeek(actor: Actor, request: { programId?: string; facilitatorId?: string; from?: string; to?: string }): Promise<GroupClimate[]> {
    const range = resolveRange(request, 'week', this.calendar.today(actor));
    return this.unitOfWork.run(actor, async (tx) => {
      if (request.programId) await this.scopes.resolve(tx, actor, 'program', request.programId);
      const groupIds = request.facilitatorId ? (await this.scopes.resolve(tx, actor, 'facilitator', request.facilitatorId)).groupIds : null;
      const groups = new Map<string, GroupClimate>();
      for (const row of await this.climate.findWeeks(tx, actor, { ...range, programId: request.programId ?? null, groupIds })) {
        let group = groups.get(row.groupId);
        if (!group) {
          group = { groupId: row.groupId, groupName: row.groupName, programId: row.programId, programName: row.programName, weeks: [] };
          groups.set(row.groupId, group);
        }
        if (row.week !== null) group.weeks.push({ week: row.week, benefitIndex: row.benefitIndex, members: row.members ?? 0 });
      }
      return [...groups.values()];
    });
  }
}
