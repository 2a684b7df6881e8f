import { Injectable } from '@nestjs/common';
import type { AuditAction, AuditOutcome } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { AuditRepository, type SqlRunner } from './audit.repository';

/** What happened, to what. */
export interface AuditEntry {
  action: AuditAction;
  outcome?: AuditOutcome;
  entityType?: string;
  entityId?: string;
  memberCode?: string;
  /** Codes and counts only: never clinical text, names or secrets. */
  detail?: Record<string, unknown>;
}

/** Who and where, when there is no signed-in actor (a sign-in, a denied request). */
export interface AuditOrigin {
  organizationId: string | null;
  actorId: string | null;
  actorRole: string | null;
  ip: string | null;
  requestId: string | null;
}

/**
 * Appends to the audit trail. Within a request it writes in the request's own transaction, as its last statement:
 * if the write fails the request fails and answers nothing, and the chain's lock is held only until the commit.
 */
@Injectable()
export class AuditTrail {
  constructor(private readonly rows: AuditRepository) {}

  record(db: SqlRunner, actor: Actor, entry: AuditEntry): Promise<void> {
    return this.recordFrom(db, originOf(actor), entry);
  }

  recordFrom(db: SqlRunner, origin: AuditOrigin, entry: AuditEntry): Promise<void> {
    return this.rows.append(db, {
      ...origin,
      action: entry.action,
      outcome: entry.outcome ?? 'success',
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      memberCode: entry.memberCode ?? null,
      detail: entry.detail ?? null,
    });
  }
}

export function originOf(actor: Actor): AuditOrigin {
  return { organizationId: actor.organizationId, actorId: actor.userId, actorRole: actor.role, ip: actor.ip, requestId: actor.requestId };
}
