import { groupBy } from '@cohesion/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { UnitOfWork } from '../../database/unit-of-work';
import { resolveRange, type DateRange } from '../../common/date-range';
import { ScopeAccess, type ResolvedScope } from '../access/scope-access';
import { CheckInsService } from '../analytics/check-ins.service';
import { AttendanceService } from '../analytics/attendance.service';
import { TrendsService } from '../analytics/trends.service';
import { AuditTrail } from '../audit/audit-trail';
import { downloadFilename, type Download } from '../../documents/download';
import { ClinicCalendar } from '../organizations/clinic-calendar';
import { Clock } from '../../common/clock';
import { formatClinicTime } from '../../common/clinic-time';
import { packScopeOf, type PackScopeRequest } from './pack-scope';
import { renderSupervisionPack } from './pdf/render-supervision-pack';
import type { PackNote } from './supervision-pack-content';
import { SupervisionPackRepository, type SignedNoteRow } from './supervision-pack.repository';

export interface SupervisionPackRequest extends PackScopeRequest {
  from?: string;
  to?: string;
}

/**
 * The supervision pack of a facilitator or a group: its figures are the answers of the analytics services (trend by
 * month, attendance, check-ins), so the pack and the dashboard agree; the signed notes are read here. Audited with what
 * it holds.
 */
@Injectable()
export class SupervisionPackService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly scopes: ScopeAccess,
    private readonly calendar: ClinicCalendar,
    private readonly clock: Clock,
    private readonly trends: TrendsService,
    private readonly attendance: AttendanceService,
    private readonly checkInsService: CheckInsService,
    private readonly packs: SupervisionPackRepository,
    private readonly audit: AuditTrail,
  ) {}

  async supervisionPack(actor: Actor, request: SupervisionPackRequest): Promise<Download> {
    const { scope, id } = packScopeOf(request);
    const today = this.calendar.today(actor);
    // Whole calendar months: the ratings are by month, so attendance, check-ins and notes cover the same days.
    const period = resolveRange(request, 'month', today);
    const formatTime = (moment: Date | string) => formatClinicTime(moment, actor.timeZone);
    // One transaction, so that the figures, the check-ins and the notes are one snapshot of the records.
    const content = await this.unitOfWork.run(actor, async (tx) => {
      const resolved = await this.scopes.resolve(tx, actor, scope, id);
      const groupIds = resolved.groupIds ?? [];
      const trend = await this.trends.trendIn(tx, resolved, { bucket: 'month', ...period }, today);
      const attendance = await this.attendance.summaryIn(tx, resolved, period);
      const checkIns = await this.checkInsService.listIn(tx, actor, groupIds, period);
      const [groupNames, notes, subject, generatedBy] = [
        await this.packs.findGroupNames(tx, groupIds),
        await this.readNotes(tx, resolved, period, formatTime),
        scope === 'facilitator' ? await this.packs.findStaffName(tx, actor.organizationId, id) : null,
        await this.packs.findStaffName(tx, actor.organizationId, actor.userId),
      ];
      await this.audit.record(tx, actor, {
        action: 'export.supervision_pack',
        entityType: scope,
        entityId: id,
        detail: { scope, from: period.from, to: period.to, sessions: attendance.sessions, notes: notes.length, checkIns: checkIns.length },
      });
      return {
        scopeLabel: scope === 'group' ? `Group: ${groupNames[0] ?? ''}` : `Facilitator: ${subject ?? ''}`,
        groupNames,
        notes,
        generatedBy: `${generatedBy ?? ''} (${actor.role})`,
        generatedAt: formatTime(this.clock.now()),
        attendance,
        trend,
        checkIns,
      };
    });
    return {
      filename: downloadFilename('supervision-pack', scope, period, 'pdf'),
      contentType: 'application/pdf',
      body: renderSupervisionPack({ ...content, scope, period }, formatTime),
    };
  }

  private async readNotes(tx: EntityManager, scope: ResolvedScope, period: DateRange, formatTime: (moment: Date) => string): Promise<PackNote[]> {
    if (!scope.groupIds?.length) return [];
    const notes = await this.packs.findSignedNotes(tx, scope, period);
    const sessionIds = notes.map((note) => note.sessionId);
    const observations = bySession(await this.packs.findObservations(tx, sessionIds));
    const addenda = bySession(await this.packs.findAddenda(tx, sessionIds));
    return notes.map((row) =>
      toPackNote(
        row,
        formatTime,
        (observations.get(row.sessionId) ?? []).map(({ memberCode, text }) => ({ memberCode, text })),
        (addenda.get(row.sessionId) ?? []).map((a) => ({ author: a.author, createdAt: formatTime(a.createdAt), text: a.text })),
      ),
    );
  }
}

function toPackNote(
  row: SignedNoteRow,
  formatTime: (moment: Date) => string,
  memberObservations: PackNote['memberObservations'],
  addenda: PackNote['addenda'],
): PackNote {
  return {
    sessionId: row.sessionId,
    heldOn: row.heldOn,
    groupName: row.groupName,
    durationMinutes: row.durationMinutes,
    note: {
      themes: row.themes ?? [],
      process: row.process,
      interventions: row.interventions,
      risk: { level: row.riskLevel, followUp: row.riskFollowUp },
      plan: row.plan,
      feedbackDiscussed: row.feedbackDiscussed,
    },
    memberObservations,
    signedBy: row.signedBy,
    signedAt: formatTime(row.signedAt),
    cosignedBy: row.cosignedBy,
    cosignedAt: row.cosignedAt ? formatTime(row.cosignedAt) : null,
    addenda,
  };
}

function bySession<T extends { sessionId: string }>(rows: readonly T[]): Map<string, T[]> {
  return groupBy(rows, (row) => row.sessionId);
}
