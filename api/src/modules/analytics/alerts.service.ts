import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Alert, AlertAcknowledgement, AlertKind, AlertStatusFilter, Page } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { AuditTrail } from '../audit/audit-trail';
import { UnitOfWork } from '../../database/unit-of-work';
import { DeidentificationService } from '../deidentification/deidentification.service';
import { AlertDetection, type DetectedAlert } from './alert-detection';
import { AlertsRepository, type AcknowledgementRow, type RecordedAlertRow } from './alerts.repository';
import { AnalyticsException } from './analytics.exception';
import { GroupAccess } from '../access/group-access';
import { ScopeAccess } from '../access/scope-access';

export interface AlertsRequest {
  groupId?: string;
  facilitatorId?: string;
  kind?: AlertKind;
  status: AlertStatusFilter;
  limit: number;
  offset: number;
}

/** Alerts of the groups a caller may see, kept as shown, and acknowledged with the action taken. */
@Injectable()
export class AlertsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly scopes: ScopeAccess,
    private readonly groupAccess: GroupAccess,
    private readonly detection: AlertDetection,
    private readonly alerts: AlertsRepository,
    private readonly deidentification: DeidentificationService,
    private readonly audit: AuditTrail,
  ) {}

  list(actor: Actor, request: AlertsRequest): Promise<Page<Alert>> {
    if (request.groupId && request.facilitatorId) throw AnalyticsException.invalidScope('Ask for one group or one facilitator, not both.');
    return this.unitOfWork.run(actor, async (tx) => {
      const groupIds = await this.groupsAskedFor(tx, actor, request);
      const groupsOnly = request.kind === 'climate_drop';
      const detected = (await this.detection.detect(tx, actor.organizationId, groupIds, { groupsOnly }))
        .filter((alert) => request.kind === undefined || alert.kind === request.kind);
      await this.alerts.recordShown(tx, actor.organizationId, actor.userId, detected);
      const acknowledgements = new Map((await this.alerts.findAcknowledgements(tx, detected.map((a) => a.id))).map((k) => [k.alertId, k]));
      const groupNames = await this.alerts.findGroupNames(tx, groupIds);
      const items = detected
        .map((alert) => toAlert({ ...alert, groupName: groupNames.get(alert.groupId) ?? '' }, acknowledgements.get(alert.id)))
        .filter((alert) => request.status === 'all' || (request.status === 'open') === (alert.acknowledgement === null))
        .sort(newestFirst);
      return { items: items.slice(request.offset, request.offset + request.limit), total: items.length };
    });
  }

  /** How many alerts of each group nobody has acknowledged yet, within a caller's transaction. */
  async openCountsByGroup(tx: EntityManager, organizationId: string, groupIds: string[]): Promise<Map<string, number>> {
    const detected = await this.detection.detect(tx, organizationId, groupIds);
    const acknowledged = new Set((await this.alerts.findAcknowledgements(tx, detected.map((a) => a.id))).map((k) => k.alertId));
    const counts = new Map<string, number>();
    for (const alert of detected) {
      if (!acknowledged.has(alert.id)) counts.set(alert.groupId, (counts.get(alert.groupId) ?? 0) + 1);
    }
    return counts;
  }

  acknowledge(actor: Actor, alertId: string, action: string): Promise<Alert> {
    return this.unitOfWork.run(actor, async (tx) => {
      const alert = await this.alerts.findRecorded(tx, actor.organizationId, alertId);
      if (!alert) throw AnalyticsException.alertNotFound();
      await this.groupAccess.requireCareTeam(tx, actor, alert.groupId, { subject: 'alert', id: alertId });
      this.deidentification.requireNoIdentifiers([{ field: 'action', text: action }], null);
      if (!(await this.alerts.acknowledge(tx, actor.organizationId, alertId, actor.userId, action))) throw AnalyticsException.alreadyAcknowledged();
      const [acknowledgement] = await this.alerts.findAcknowledgements(tx, [alertId]);
      const acknowledged = toAlert(alert, acknowledgement);
      await this.audit.record(tx, actor, {
        action: 'alert.acknowledge', entityType: 'alert', entityId: alertId, memberCode: acknowledged.memberCode ?? undefined, detail: { kind: alert.kind },
      });
      return acknowledged;
    });
  }

  private async groupsAskedFor(tx: EntityManager, actor: Actor, request: AlertsRequest): Promise<string[]> {
    if (request.groupId) {
      await this.groupAccess.requireReadable(tx, actor, request.groupId);
      return [request.groupId];
    }
    if (request.facilitatorId) return (await this.scopes.resolve(tx, actor, 'facilitator', request.facilitatorId)).groupIds ?? [];
    return this.groupAccess.visibleGroupIds(tx, actor);
  }
}

function toAlert(alert: (DetectedAlert | RecordedAlertRow) & { groupName: string }, acknowledgement: AcknowledgementRow | undefined): Alert {
  const acknowledged: AlertAcknowledgement | null = acknowledgement
    ? { by: { id: acknowledgement.byId, displayName: acknowledgement.byName }, at: new Date(acknowledgement.at).toISOString(), action: acknowledgement.action }
    : null;
  return {
    id: alert.id,
    kind: alert.kind as Alert['kind'],
    groupId: alert.groupId,
    groupName: alert.groupName,
    memberId: alert.memberId,
    memberCode: alert.memberCode,
    measure: alert.measure as Alert['measure'],
    sessionId: alert.sessionId,
    heldOn: alert.heldOn,
    detail: alert.detail,
    acknowledgedAt: acknowledged?.at ?? null,
    acknowledgement: acknowledged,
  };
}

const KIND_ORDER: readonly Alert['kind'][] = ['climate_drop', 'declining', 'low', 'behind_group', 'disengaging'];

function newestFirst(a: Alert, b: Alert): number {
  return b.heldOn.localeCompare(a.heldOn) || a.groupName.localeCompare(b.groupName) ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.memberCode ?? '').localeCompare(b.memberCode ?? '') ||
    (a.measure ?? '').localeCompare(b.measure ?? '');
}
