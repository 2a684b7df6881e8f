import { Injectable } from '@nestjs/common';
import { compareReasons } from '@cohesion/analytics';
import type { EntityManager } from 'typeorm';
import type { AlertKind, CheckIn, CheckInAcknowledgement, CheckInStatusFilter, Page } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { AuditTrail } from '../audit/audit-trail';
import { UnitOfWork } from '../../database/unit-of-work';
import { DeidentificationService } from '../deidentification/deidentification.service';
import { CheckInDetection } from './check-in-detection';
import { CheckInsRepository, type AcknowledgementRow, type RecordedCheckInRow } from './check-ins.repository';
import { AnalyticsException } from './analytics.exception';
import { GroupAccess } from '../access/group-access';
import { ScopeAccess } from '../access/scope-access';

export interface CheckInsRequest {
  groupId?: string;
  facilitatorId?: string;
  /** Only check-ins with a reason of this kind. */
  kind?: AlertKind;
  status: CheckInStatusFilter;
  limit: number;
  offset: number;
}

/** Check-ins of the groups a caller may see, kept as shown, and acknowledged with the action taken. */
@Injectable()
export class CheckInsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly scopes: ScopeAccess,
    private readonly groupAccess: GroupAccess,
    private readonly detection: CheckInDetection,
    private readonly checkIns: CheckInsRepository,
    private readonly deidentification: DeidentificationService,
    private readonly audit: AuditTrail,
  ) {}

  list(actor: Actor, request: CheckInsRequest): Promise<Page<CheckIn>> {
    if (request.groupId && request.facilitatorId) throw AnalyticsException.invalidScope('Ask for one group or one facilitator, not both.');
    return this.unitOfWork.run(actor, async (tx) => {
      const groupIds = await this.groupsAskedFor(tx, actor, request);
      const items = (await this.shownCheckIns(tx, actor, groupIds, { groupsOnly: request.kind === 'climate_drop' }))
        .filter((checkIn) => request.kind === undefined || checkIn.reasons.some((reason) => reason.kind === request.kind))
        .filter((checkIn) => request.status === 'all' || (request.status === 'open') === (checkIn.acknowledgement === null));
      return { items: items.slice(request.offset, request.offset + request.limit), total: items.length };
    });
  }

  /**
   * Every check-in of these groups (the caller reaches them) whose session falls in `period`, inside the caller's
   * transaction, newest first: what the rules find now is recorded as shown to the caller first.
   */
  listIn(tx: EntityManager, actor: Actor, groupIds: string[], period: { from: string; to: string }): Promise<CheckIn[]> {
    return this.shownCheckIns(tx, actor, groupIds, { period });
  }

  /**
   * What the rules find now, recorded as shown to the caller; then everything recorded for the groups (in `period`,
   * when given), newest first: a check-in once shown never disappears.
   */
  private async shownCheckIns(
    tx: EntityManager,
    actor: Actor,
    groupIds: string[],
    { groupsOnly = false, period }: { groupsOnly?: boolean; period?: { from: string; to: string } },
  ): Promise<CheckIn[]> {
    if (!groupIds.length) return [];
    await this.checkIns.recordShown(tx, actor.organizationId, actor.userId, await this.detection.detect(tx, actor.organizationId, groupIds, { groupsOnly }));
    const recorded = await this.checkIns.findRecordedOfGroups(tx, actor.organizationId, groupIds, period);
    const acknowledgements = new Map(
      (
        await this.checkIns.findAcknowledgements(
          tx,
          recorded.map((c) => c.id),
        )
      ).map((k) => [k.checkInId, k]),
    );
    return recorded.map((checkIn) => toCheckIn(checkIn, acknowledgements.get(checkIn.id))).sort(newestFirst);
  }

  /**
   * How many check-ins of each group nobody has acknowledged yet, within a caller's transaction: those recorded and
   * open, and those the rules find now that nobody has been shown yet.
   */
  async openCountsByGroup(tx: EntityManager, organizationId: string, groupIds: string[]): Promise<Map<string, number>> {
    return new Map([...(await this.openByGroup(tx, organizationId, groupIds))].map(([groupId, { open }]) => [groupId, open]));
  }

  /** The same, with how many of each group's open check-ins are the group's own (a drop of its climate). */
  async openByGroup(tx: EntityManager, organizationId: string, groupIds: string[]): Promise<Map<string, { open: number; climateDrops: number }>> {
    const recorded = await this.checkIns.findRecordedStates(tx, organizationId, groupIds);
    const open = new Map<string, { groupId: string; memberId: string | null }>(
      recorded.filter((checkIn) => checkIn.open).map((checkIn) => [checkIn.id, checkIn]),
    );
    const known = new Set(recorded.map((checkIn) => checkIn.id));
    for (const checkIn of await this.detection.detect(tx, organizationId, groupIds)) {
      if (!known.has(checkIn.id)) open.set(checkIn.id, checkIn);
    }
    const byGroup = new Map<string, { open: number; climateDrops: number }>();
    for (const { groupId, memberId } of open.values()) {
      const counts = byGroup.get(groupId) ?? { open: 0, climateDrops: 0 };
      byGroup.set(groupId, { open: counts.open + 1, climateDrops: counts.climateDrops + (memberId === null ? 1 : 0) });
    }
    return byGroup;
  }

  /** Closes a check-in, and so every one of its reasons, with the action taken. */
  acknowledge(actor: Actor, checkInId: string, action: string): Promise<CheckIn> {
    return this.unitOfWork.run(actor, async (tx) => {
      const checkIn = await this.checkIns.findRecorded(tx, actor.organizationId, checkInId);
      if (!checkIn) throw AnalyticsException.checkInNotFound();
      await this.groupAccess.requireCareTeam(tx, actor, checkIn.groupId, { subject: 'check_in', id: checkInId });
      this.deidentification.requireNoIdentifiers([{ field: 'action', text: action }], null);
      if (!(await this.checkIns.acknowledge(tx, actor.organizationId, checkInId, actor.userId, action))) throw AnalyticsException.alreadyAcknowledged();
      const [acknowledgement] = await this.checkIns.findAcknowledgements(tx, [checkInId]);
      const acknowledged = toCheckIn(checkIn, acknowledgement);
      await this.audit.record(tx, actor, {
        action: 'check_in.acknowledge',
        entityType: 'check_in',
        entityId: checkInId,
        memberCode: acknowledged.memberCode ?? undefined,
        detail: { reasons: checkIn.reasons.map((reason) => (reason.measure ? `${reason.kind}:${reason.measure}` : reason.kind)) },
      });
      return acknowledged;
    });
  }

  private async groupsAskedFor(tx: EntityManager, actor: Actor, request: CheckInsRequest): Promise<string[]> {
    if (request.groupId) {
      await this.groupAccess.requireReadable(tx, actor, request.groupId);
      return [request.groupId];
    }
    if (request.facilitatorId) return (await this.scopes.resolve(tx, actor, 'facilitator', request.facilitatorId)).groupIds ?? [];
    return this.groupAccess.visibleGroupIds(tx, actor);
  }
}

/** The allowlist mapper of a check-in. */
function toCheckIn(checkIn: RecordedCheckInRow, acknowledgement: AcknowledgementRow | undefined): CheckIn {
  const acknowledged: CheckInAcknowledgement | null = acknowledgement
    ? { by: { id: acknowledgement.byId, displayName: acknowledgement.byName }, at: new Date(acknowledgement.at).toISOString(), action: acknowledgement.action }
    : null;
  return {
    id: checkIn.id,
    groupId: checkIn.groupId,
    groupName: checkIn.groupName,
    memberId: checkIn.memberId,
    memberCode: checkIn.memberCode,
    sessionId: checkIn.sessionId,
    heldOn: checkIn.heldOn,
    reasons: [...checkIn.reasons].sort(compareReasons).map(({ kind, measure, detail }) => ({ kind, measure, detail })),
    acknowledgedAt: acknowledged?.at ?? null,
    acknowledgement: acknowledged,
  };
}

/** Newest session first; then by group, the whole group's check-ins before its members', then by member code. */
function newestFirst(a: CheckIn, b: CheckIn): number {
  return (
    b.heldOn.localeCompare(a.heldOn) ||
    a.groupName.localeCompare(b.groupName) ||
    Number(a.memberCode !== null) - Number(b.memberCode !== null) ||
    (a.memberCode ?? '').localeCompare(b.memberCode ?? '')
  );
}
