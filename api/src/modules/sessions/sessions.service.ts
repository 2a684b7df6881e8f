import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FieldIdentifierFinding, Page, ReviewQueueItem, SessionDetail, SessionSummary, SessionWriteRequest, ThemeUse } from '@cohesion/contracts';
import { sessionContentProblems } from '@cohesion/domain';
import type { Actor } from '../../common/actor';
import { DateRangeException } from '../../common/date-range';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditTrail } from '../audit/audit-trail';
import { DeidentificationService } from '../deidentification/deidentification.service';
import { GroupAccess } from '../access/group-access';
import { SessionAccess } from '../access/session-access';
import { ClinicCalendar } from '../organizations/clinic-calendar';
import { createRequestHash, freeTextFields, sessionContentFrom, type SessionContent } from './session-content';
import { ReviewQueueRepository } from './review-queue.repository';
import { SessionReadRepository } from './session-read.repository';
import { SessionsException } from './sessions.exception';
import { SessionsRepository } from './sessions.repository';

export interface RecordedSession {
  session: SessionDetail;
  /** True when an Idempotency-Key retry returned the session recorded the first time. */
  replayed: boolean;
}

/** The most a review queue lists at once. */
const REVIEW_QUEUE_LIMIT = 100;
/** Enough themes to suggest, few enough to read. */
const THEME_SUGGESTIONS = 30;

/** Recording and editing session drafts, and reading sessions. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly groupAccess: GroupAccess,
    private readonly sessionAccess: SessionAccess,
    private readonly sessions: SessionsRepository,
    private readonly reads: SessionReadRepository,
    private readonly deidentification: DeidentificationService,
    private readonly calendar: ClinicCalendar,
    private readonly audit: AuditTrail,
    private readonly reviewQueueRows: ReviewQueueRepository,
  ) {}

  record(actor: Actor, groupId: string, request: SessionWriteRequest, idempotencyKey?: string): Promise<RecordedSession> {
    return this.unitOfWork.run(actor, async (tx) => {
      await this.groupAccess.requireFacilitator(tx, actor, groupId);
      if (idempotencyKey !== undefined) {
        const replay = await this.replayed(tx, actor, groupId, request, idempotencyKey);
        if (replay) {
          const session = await this.reads.findDetail(tx, replay);
          await this.audit.record(tx, actor, { action: 'session.create', entityType: 'session', entityId: replay, detail: { replayed: true } });
          return { session, replayed: true };
        }
      }
      const { content, overridden } = await this.validContent(tx, actor, groupId, request, actor.userId);
      const sessionId = await this.sessions.insertDraft(tx, actor, groupId, content);
      await this.saveContent(tx, actor, sessionId, content, overridden, { replacing: false });
      if (idempotencyKey !== undefined) {
        await this.sessions.rememberIdempotencyKey(tx, actor, idempotencyKey, createRequestHash(groupId, request), sessionId);
      }
      const session = await this.reads.findDetail(tx, sessionId);
      await this.audit.record(tx, actor, { action: 'session.create', entityType: 'session', entityId: sessionId, detail: writeDetail(content) });
      return { session, replayed: false };
    });
  }

  update(actor: Actor, sessionId: string, expectedVersion: number, request: SessionWriteRequest): Promise<SessionDetail> {
    return this.unitOfWork.run(actor, async (tx) => {
      await this.sessionAccess.requireFacilitator(tx, actor, sessionId);
      const head = await this.sessions.lockHead(tx, actor.organizationId, sessionId);
      if (head.status === 'signed') throw SessionsException.signed();
      if (head.version !== expectedVersion) throw SessionsException.staleVersion(head.version);
      const { content, overridden } = await this.validContent(tx, actor, head.groupId, request, head.createdBy);
      const newVersion = await this.sessions.updateDraftHead(tx, sessionId, expectedVersion, content);
      if (newVersion === null) throw SessionsException.staleVersion(head.version);
      await this.sessions.replaceCoFacilitators(tx, actor.organizationId, head, content.coFacilitatorIds);
      await this.saveContent(tx, actor, sessionId, content, overridden, { replacing: true });
      const session = await this.reads.findDetail(tx, sessionId);
      await this.audit.record(tx, actor, {
        action: 'session.update',
        entityType: 'session',
        entityId: sessionId,
        detail: { version: newVersion, ...writeDetail(content) },
      });
      return session;
    });
  }

  get(actor: Actor, sessionId: string): Promise<SessionDetail> {
    return this.unitOfWork.run(actor, async (tx) => {
      await this.sessionAccess.requireReadable(tx, actor, sessionId);
      const session = await this.reads.findDetail(tx, sessionId);
      await this.audit.record(tx, actor, { action: 'session.read', entityType: 'session', entityId: sessionId });
      return session;
    });
  }

  /** What the supervisor has to co-sign, most urgent first. */
  reviewQueue(actor: Actor): Promise<ReviewQueueItem[]> {
    return this.unitOfWork.run(actor, (tx) => this.reviewQueueRows.findWaiting(tx, actor, REVIEW_QUEUE_LIMIT));
  }

  listForGroup(actor: Actor, groupId: string, range: { from?: string; to?: string; limit: number; offset: number }): Promise<Page<SessionSummary>> {
    if (range.from && range.to && range.from > range.to) throw DateRangeException.inverted();
    return this.unitOfWork.run(actor, async (tx) => {
      await this.groupAccess.requireReadable(tx, actor, groupId);
      return this.sessions.listForGroup(tx, actor, groupId, range);
    });
  }

  /** The group's themes so far, most used first: the suggestions of a new note. */
  themesOfGroup(actor: Actor, groupId: string): Promise<ThemeUse[]> {
    return this.unitOfWork.run(actor, async (tx) => {
      await this.groupAccess.requireReadable(tx, actor, groupId);
      return this.sessions.findThemes(tx, actor, groupId, THEME_SUGGESTIONS);
    });
  }

  private async replayed(tx: EntityManager, actor: Actor, groupId: string, request: SessionWriteRequest, key: string): Promise<string | null> {
    await this.sessions.lockIdempotencyKey(tx, actor.userId, key);
    const earlier = await this.sessions.findIdempotentSession(tx, actor.userId, key);
    if (!earlier) return null;
    if (earlier.requestHash !== createRequestHash(groupId, request)) throw SessionsException.idempotencyKeyReused();
    return earlier.sessionId;
  }

  /**
   * The request's content, or 422 with every problem; then the identifier check of its free text (422 naming what
   * looks like a name or number, unless the author said it is not one): both before anything is written.
   * `recordedBy` is who recorded the session; `overridden` what the author declared not to be an identifier.
   */
  private async validContent(
    tx: EntityManager,
    actor: Actor,
    groupId: string,
    request: SessionWriteRequest,
    recordedBy: string,
  ): Promise<{ content: SessionContent; overridden: FieldIdentifierFinding[] }> {
    const content = sessionContentFrom(request);
    const today = this.calendar.today(actor);
    const enrolled = await this.sessions.enrolledMemberIds(tx, groupId, content.heldOn);
    // Most sessions name no co-facilitator: the group's facilitators are asked only when one is named.
    const facilitatorIds = content.coFacilitatorIds.length ? await this.sessions.groupFacilitatorIds(tx, groupId) : new Set<string>();
    const problems = sessionContentProblems(content, enrolled, today, { facilitatorIds, recordedBy });
    if (problems.length) throw SessionsException.invalidContent(problems);
    return { content, overridden: this.deidentification.requireNoIdentifiers(freeTextFields(content), request.notIdentifiers) };
  }

  private async saveContent(
    tx: EntityManager,
    actor: Actor,
    sessionId: string,
    content: SessionContent,
    overridden: FieldIdentifierFinding[],
    { replacing }: { replacing: boolean },
  ): Promise<void> {
    // A new session has nothing to replace: skipping the deletes spares their round trips and rollup triggers.
    if (replacing) await this.sessions.replaceContent(tx, actor.organizationId, sessionId, content);
    else await this.sessions.insertContent(tx, actor.organizationId, sessionId, content);
    await this.sessions.recordIdentifierOverrides(tx, actor, sessionId, overridden);
  }
}

/** What a write touched, in counts: the trail holds no clinical content. */
function writeDetail(content: SessionContent): Record<string, number> {
  return { attendance: content.attendance.length, ratings: content.ratings.length };
}
