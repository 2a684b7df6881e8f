import { Injectable } from '@nestjs/common';
import type { StaffSummary, SupervisionAssignment } from '@cohesion/contracts';
import type { Role } from '@cohesion/domain';
import type { Actor } from '../../common/actor';
import { AuditTrail } from '../audit/audit-trail';
import { UnitOfWork } from '../../database/unit-of-work';
import { toStaffSummary, toSupervisionAssignment } from './staff.mapper';
import { StaffException } from './staff.exception';
import { StaffRepository } from './staff.repository';

/** The staff directory and supervision assignments of the caller's organization (directors, by route). */
@Injectable()
export class StaffService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly staff: StaffRepository,
    private readonly audit: AuditTrail,
  ) {}

  /** Enabled staff of the organization, optionally of one role, by name. */
  listStaff(actor: Actor, role: Role | undefined): Promise<StaffSummary[]> {
    return this.unitOfWork.run(actor, async (tx) => (await this.staff.findEnabledStaff(tx, actor.organizationId, role ?? null)).map(toStaffSummary));
  }

  /** Who supervises whom in the organization. */
  listSupervisions(actor: Actor): Promise<SupervisionAssignment[]> {
    return this.unitOfWork.run(actor, async (tx) => (await this.staff.findSupervisions(tx, actor.organizationId)).map(toSupervisionAssignment));
  }

  /** Replaces the facilitators one supervisor supervises; answers with that supervisor's new list. */
  replaceSupervisions(actor: Actor, supervisorId: string, facilitatorIds: string[]): Promise<SupervisionAssignment[]> {
    return this.unitOfWork.run(actor, async (tx) => {
      // A disabled supervisor still qualifies, so a director can clear their list.
      const role = await this.staff.findRoleOfStaffMember(tx, actor.organizationId, supervisorId);
      if (role === null) throw StaffException.staffNotFound();
      const errors: { field: string; message: string }[] = [];
      if (role !== 'supervisor') {
        errors.push({ field: 'supervisorId', message: 'supervisorId must be a supervisor of your organization' });
      }
      const facilitators = await this.staff.findEnabledFacilitatorIds(tx, actor.organizationId, facilitatorIds);
      facilitatorIds.forEach((id, index) => {
        if (!facilitators.has(id))
          errors.push({ field: `facilitatorIds[${index}]`, message: `facilitatorIds[${index}] must be an enabled facilitator of your organization` });
      });
      if (errors.length) throw StaffException.invalidSupervision(errors);

      await this.staff.lockStaffMember(tx, actor.organizationId, supervisorId);
      await this.staff.replaceSupervisedFacilitators(tx, actor.organizationId, supervisorId, facilitatorIds);
      const assignments = (await this.staff.findSupervisions(tx, actor.organizationId, supervisorId)).map(toSupervisionAssignment);
      await this.audit.record(tx, actor, { action: 'staff.supervision_change', entityType: 'staff_user', entityId: supervisorId, detail: { facilitatorIds } });
      return assignments;
    });
  }
}
