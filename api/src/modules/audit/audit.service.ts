import { Injectable } from '@nestjs/common';
import type { AuditChainVerification, AuditEvent, Page } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditChainVerifier } from './audit-chain-verifier';
import { AuditRepository, type AuditFilter } from './audit.repository';

/** The admin's view of their organization's audit trail. */
@Injectable()
export class AuditService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly rows: AuditRepository,
    private readonly chains: AuditChainVerifier,
  ) {}

  list(actor: Actor, filter: AuditFilter): Promise<Page<AuditEvent>> {
    return this.unitOfWork.run(actor, (tx) => this.rows.list(tx, actor.organizationId, filter));
  }

  verify(actor: Actor): Promise<AuditChainVerification> {
    return this.unitOfWork.run(actor, (tx) => this.chains.verify(tx, actor.organizationId));
  }
}
