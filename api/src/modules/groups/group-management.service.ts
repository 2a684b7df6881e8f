import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CreateGroupRequest, FacilitatorAssignment, GroupDetail, UpdateGroupRequest } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { GroupAccess } from '../access/group-access';
import { AuditTrail } from '../audit/audit-trail';
import { DeidentificationService } from '../deidentification/deidentification.service';
import { UnitOfWork } from '../../database/unit-of-work';
import { facilitatorListErrors, notFacilitatorErrors } from './facilitator-rules';
import { toGroupDetail } from './group-detail.mapper';
import { GroupManagementRepository } from './group-management.repository';
import { GroupsException, type FieldError } from './groups.exception';

/** One group's page, and the structure directors manage: creating groups, naming them, assigning facilitators. */
@Injectable()
export class GroupManagementService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: GroupAccess,
    private readonly groups: GroupManagementRepository,
    private readonly deidentification: DeidentificationService,
    private readonly audit: AuditTrail,
  ) {}

  /** A group the caller may read, with its schedule; 404 for any other. */
  getGroup(actor: Actor, groupId: string): Promise<GroupDetail> {
    return this.unitOfWork.run(actor, async (tx) => {
      await this.access.requireReadable(tx, actor, groupId);
      return this.loadGroupDetail(tx, actor, groupId);
    });
  }

  /** Creates a group in the caller's organization with its facilitators (directors, by route). */
  createGroup(actor: Actor, request: CreateGroupRequest): Promise<GroupDetail> {
    return this.unitOfWork.run(actor, async (tx) => {
      const schedule = request.schedule || null;
      this.deidentification.requireNoIdentifiers(labelFields({ name: request.name, schedule }), []);
      const errors: FieldError[] = [];
      if (!(await this.groups.programIsInOrganization(tx, actor.organizationId, request.programId))) {
        errors.push({ field: 'programId', message: 'programId must be a program of your organization' });
      }
      errors.push(...(await this.facilitatorErrors(tx, actor, request.facilitators)));
      if (errors.length) throw GroupsException.invalidGroupSetup(errors);

      const groupId = await this.groups.insertGroup(tx, actor.organizationId, {
        name: request.name,
        programId: request.programId,
        kind: request.kind,
        schedule,
      });
      await this.groups.replaceFacilitators(tx, actor.organizationId, groupId, request.facilitators);
      const detail = await this.loadGroupDetail(tx, actor, groupId);
      await this.audit.record(tx, actor, {
        action: 'group.facilitators_change',
        entityType: 'group',
        entityId: groupId,
        detail: { created: true, facilitators: request.facilitators },
      });
      return detail;
    });
  }

  /** Replaces who facilitates the group; the same rules as at creation. */
  replaceFacilitators(actor: Actor, groupId: string, facilitators: FacilitatorAssignment[]): Promise<GroupDetail> {
    return this.unitOfWork.run(actor, async (tx) => {
      await this.access.requireReadable(tx, actor, groupId);
      await this.groups.lockGroup(tx, actor.organizationId, groupId);
      const errors = await this.facilitatorErrors(tx, actor, facilitators);
      if (errors.length) throw GroupsException.invalidGroupSetup(errors);
      await this.groups.replaceFacilitators(tx, actor.organizationId, groupId, facilitators);
      const detail = await this.loadGroupDetail(tx, actor, groupId);
      await this.audit.record(tx, actor, { action: 'group.facilitators_change', entityType: 'group', entityId: groupId, detail: { facilitators } });
      return detail;
    });
  }

  /** Renames the group or changes its schedule; fields left out are unchanged. */
  updateGroup(actor: Actor, groupId: string, request: UpdateGroupRequest): Promise<GroupDetail> {
    return this.unitOfWork.run(actor, async (tx) => {
      await this.access.requireReadable(tx, actor, groupId);
      const schedule = request.schedule === undefined ? undefined : request.schedule || null;
      this.deidentification.requireNoIdentifiers(labelFields({ name: request.name, schedule }), []);
      await this.groups.updateGroupLabels(tx, actor.organizationId, groupId, { name: request.name, schedule });
      return this.loadGroupDetail(tx, actor, groupId);
    });
  }

  private async facilitatorErrors(tx: EntityManager, actor: Actor, facilitators: FacilitatorAssignment[]): Promise<FieldError[]> {
    const enabled = await this.groups.findEnabledFacilitatorIds(
      tx,
      actor.organizationId,
      facilitators.map((f) => f.userId),
    );
    return [...facilitatorListErrors(facilitators), ...notFacilitatorErrors(facilitators, enabled)];
  }

  private async loadGroupDetail(tx: EntityManager, actor: Actor, groupId: string): Promise<GroupDetail> {
    const row = await this.groups.findGroupDetail(tx, actor.organizationId, groupId);
    if (!row) throw GroupsException.groupNotFound();
    return toGroupDetail(row);
  }
}

/** Group names and schedules are labels: they pass the same identifier check as any free text (docs/privacy-and-security.md). */
function labelFields(labels: Record<string, string | null | undefined>) {
  return Object.entries(labels).flatMap(([field, text]) => (text ? [{ field, text }] : []));
}
