import { Injectable } from '@nestjs/common';
import type { Addendum, AddendumRequest, CosignResponse, SignResponse } from '@cohesion/contracts';
import { signingProblems } from '@cohesion/domain';
import type { Actor } from '../../common/actor';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditTrail } from '../audit/audit-trail';
import { SessionAccess } from '../access/session-access';
import { DeidentificationService } from '../deidentification/deidentification.service';
import { sessionContentHash } from './note-content-hash';
import { SessionReadRepository } from './session-read.repository';
import { SessionsException } from './sessions.exception';
import { SessionsRepository } from './sessions.repository';

/** Signing a note (which locks it), the supervisor's co-signature, and addenda to signed notes. */
@Injectable()
export class SigningService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessionAccess: SessionAccess,
    private readonly sessions: SessionsRepository,
    private readonly reads: SessionReadRepository,
    private readonly deidentification: DeidentificationService,
    private readonly audit: AuditTrail,
  ) {}

  sign(actor: Actor, sessionId: string): Promise<SignResponse> {
    return this.unitOfWork.run(actor, async (tx) => {
      await this.sessionAccess.requireFacilitator(tx, actor, sessionId);
      const head = await this.sessions.lockHead(tx, actor.organizationId, sessionId);
      if (head.status === 'signed') throw SessionsException.signed();
      const content = await this.reads.findSignableContent(tx, sessionId);
      const enrolled = await this.sessions.enrolledMemberIds(tx, head.groupId, head.heldOn);
      const problems = signingProblems(
        { attendedMemberIds: new Set(content.attendance.map((a) => a.memberId)), risk: { level: content.note.riskLevel, followUp: content.note.riskFollowUp } },
        enrolled,
      );
      if (problems.length) throw SessionsException.notReadyToSign(problems);
      const contentHash = sessionContentHash(content);
      const signed = await this.sessions.markSigned(tx, sessionId, actor.userId, contentHash);
      await this.audit.record(tx, actor, { action: 'session.sign', entityType: 'session', entityId: sessionId, detail: { contentHash } });
      return { status: 'signed', signedAt: new Date(signed.signedAt).toISOString(), contentHash, version: signed.version };
    });
  }

  cosign(actor: Actor, sessionId: string): Promise<CosignResponse> {
    return this.unitOfWork.run(actor, async (tx) => {
      await this.sessionAccess.requireCosigner(tx, actor, sessionId);
      const head = await this.sessions.lockHead(tx, actor.organizationId, sessionId);
      if (head.status !== 'signed') throw SessionsException.notSigned();
      const cosignedAt = await this.sessions.markCosigned(tx, sessionId, actor.userId);
      if (!cosignedAt) throw SessionsException.alreadyCosigned();
      const displayName = await this.sessions.staffName(tx, actor.userId);
      await this.audit.record(tx, actor, { action: 'session.cosign', entityType: 'session', entityId: sessionId });
      return { cosignedAt: new Date(cosignedAt).toISOString(), cosignedBy: { id: actor.userId, displayName } };
    });
  }

  addAddendum(actor: Actor, sessionId: string, request: AddendumRequest): Promise<Addendum> {
    return this.unitOfWork.run(actor, async (tx) => {
      await this.sessionAccess.requireFacilitator(tx, actor, sessionId);
      const head = await this.sessions.lockHead(tx, actor.organizationId, sessionId);
      if (head.status !== 'signed') throw SessionsException.notSigned();
      const text = request.text.trim();
      if (!text) throw SessionsException.invalidContent([{ field: 'text', message: 'text must not be empty' }]);
      const overridden = this.deidentification.requireNoIdentifiers([{ field: 'text', text }], request.notIdentifiers);
      const id = await this.sessions.insertAddendum(tx, actor, sessionId, text);
      await this.sessions.recordIdentifierOverrides(tx, actor, sessionId, overridden);
      const detail = await this.reads.findDetail(tx, sessionId);
      await this.audit.record(tx, actor, { action: 'session.addendum', entityType: 'session', entityId: sessionId, detail: { addendumId: id } });
      return detail.addenda.find((a) => a.id === id) as Addendum;
    });
  }
}
