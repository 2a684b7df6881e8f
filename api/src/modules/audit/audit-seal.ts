import { createHmac } from 'node:crypto';
import { canonicalJson } from '@cohesion/domain';
import type { AppConfig } from '../../config/app-config';
import { derivedKey } from '../../config/secret-keys';

/** A row of the audit trail as PostgreSQL stores it: the content its hash covers. */
export interface SealedContent {
  organizationId: string | null;
  seq: number;
  /** UTC with microseconds, as stored: 2026-12-02T13:28:20.123456Z. */
  occurredAt: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  outcome: string;
  entityType: string | null;
  entityId: string | null;
  memberCode: string | null;
  /** The address as `host()` prints it. */
  ip: string | null;
  requestId: string | null;
  /** The JSON as stored (jsonb orders keys and spaces its own way). */
  detail: unknown;
}

/**
 * Seals rows of the audit trail: each row's hash is the HMAC-SHA256, under the 'audit chain' key derived from
 * COHESION_SECRET_KEY, of the previous row's hash and the row's content in canonical JSON. The key never reaches the
 * database (neither stored nor sent), so whoever can write there cannot seal a row: an edited row, a re-hashed chain
 * and a forged row all fail verification.
 */
export class AuditSeal {
  constructor(private readonly key: Buffer) {}

  static fromConfig(config: Pick<AppConfig, 'secretKey' | 'demoMode'>): AuditSeal {
    return new AuditSeal(derivedKey(config, 'audit chain'));
  }

  of(row: SealedContent, previousHash: Buffer): Buffer {
    const content = {
      organizationId: row.organizationId,
      seq: row.seq,
      occurredAt: row.occurredAt,
      actorId: row.actorId,
      actorRole: row.actorRole,
      action: row.action,
      outcome: row.outcome,
      entityType: row.entityType,
      entityId: row.entityId,
      memberCode: row.memberCode,
      ip: row.ip,
      requestId: row.requestId,
      detail: row.detail,
      previousHash: previousHash.toString('hex'),
    };
    return createHmac('sha256', this.key).update(canonicalJson(content)).digest();
  }
}
