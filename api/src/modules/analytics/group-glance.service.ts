import { groupBy } from '@cohesion/domain';
import { Injectable } from '@nestjs/common';
import { attendanceRate, isLowN } from '@cohesion/analytics';
import type { GlanceWeek, GroupGlance } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { UnitOfWork } from '../../database/unit-of-work';
import { ClinicCalendar } from '../organizations/clinic-calendar';
import { CheckInsService } from './check-ins.service';
import { GroupAccess } from '../access/group-access';
import { GroupGlanceRepository } from './group-glance.repository';

/** Each group the caller may see, at a glance: recent benefit index and its change, attendance, open check-ins, weeks. */
@Injectable()
export class GroupGlanceService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly calendar: ClinicCalendar,
    private readonly groupAccess: GroupAccess,
    private readonly glance: GroupGlanceRepository,
    private readonly checkIns: CheckInsService,
  ) {}

  groups(actor: Actor): Promise<GroupGlance[]> {
    const today = this.calendar.today(actor);
    return this.unitOfWork.run(actor, async (tx) => {
      const groupIds = await this.groupAccess.visibleGroupIds(tx, actor);
      if (!groupIds.length) return [];
      const benefit = new Map((await this.glance.findBenefitIndex(tx, groupIds, today)).map((row) => [row.groupId, row]));
      const attendance = new Map((await this.glance.findAttendance(tx, groupIds, today)).map((row) => [row.groupId, row]));
      const weeks = groupBy(await this.glance.findWeeks(tx, groupIds, today), (row) => row.groupId);
      const openAlerts = await this.checkIns.openCountsByGroup(tx, actor.organizationId, groupIds);
      return groupIds.map((groupId) => {
        const { recent = null, previous = null, members = 0 } = benefit.get(groupId) ?? {};
        const counts = attendance.get(groupId);
        return {
          groupId,
          benefitIndex: recent,
          members,
          lowN: isLowN(members),
          benefitIndexChange: recent !== null && previous !== null ? recent - previous : null,
          attendanceRate: counts ? attendanceRate(counts) : null,
          openAlerts: openAlerts.get(groupId) ?? 0,
          recentWeeks: (weeks.get(groupId) ?? []).map(({ week, benefitIndex, members: rated }): GlanceWeek => ({
            week,
            benefitIndex,
            members: rated,
            lowN: isLowN(rated),
          })),
        };
      });
    });
  }
}
