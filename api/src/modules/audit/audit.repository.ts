import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditAction, AuditChainVerification, AuditEvent, AuditOutcome, Page } from '@cohesion/contracts';

/** Anything that runs SQL: the request's transaction, or the data source for a write of its own. */
export type SqlRunner = Pick<EntityManager, 'query'>;

/** One row to append; the database numbers it, stamps the time and chains it (trigger `chain_audit_event`). */
export interface AuditRow {
  organizationId: string | null;
  actorId: string | null;
  actorRole: string | null;
  action: AuditAction;
  outcome: AuditOutcome;
  entityType: string | null;
  entityId: string | null;
  memberCode: string | null;
  ip: string | null;
  requestId: string | null;
  detail: Record<string, unknown> | null;
}

export interface AuditFilter {
  from?: string;
  to?: string;
  actorId?: string;
  action?: AuditAction;
  entityType?: string;
  entityId?: string;
  limit: number;
  offset: number;
}

@Injectable()
export class AuditRepository {
  async append(db: SqlRunner, row: AuditRow): Promise<void> {
    await db.query(
      `INSERT INTO audit_event (organization_id, actor_id, actor_role, action, outcome, entity_type, entity_id, member_code, ip, request_id, detail)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [row.organizationId, row.actorId, row.actorRole, row.action, row.outcome, row.entityType, row.entityId, row.memberCode, row.ip, row.requestId,
        row.detail === null ? null : JSON.stringify(row.detail)],
    );
  }

  /** The organization's trail, newest first; `from` and `to` are whole days in UTC. */
  async list(db: SqlRunner, organizationId: string, filter: AuditFilter): Promise<Page<AuditEvent>> {
    const conditions = ['organization_id = $1'];
    const params: unknown[] = [organizationId];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.from) add(`occurred_at >= ?::date`, filter.from);
    if (filter.to) add(`occurred_at < ?::date + 1`, filter.to);
    if (filter.actorId) add(`actor_id = ?`, filter.actorId);
    if (filter.action) add(`action = ?`, filter.action);
    if (filter.entityType) add(`entity_type = ?`, filter.entityType);
    if (filter.entityId) add(`entity_id = ?`, filter.entityId);
    const where = conditions.join(' AND ');
    const [{ total }] = await db.query(`SELECT count(*)::int AS total FROM audit_event WHERE ${where}`, params);
    const items = await db.query(
      `SELECT seq::int, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "occurredAt", actor_id AS "actorId",
              actor_role AS "actorRole", action, entity_type AS "entityType", entity_id AS "entityId", member_code AS "memberCode",
              outcome, host(ip) AS ip, request_id AS "requestId", detail, encode(hash, 'hex') AS hash
         FROM audit_event WHERE ${where}
        ORDER BY seq DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.limit, filter.offset],
    );
    return { items, total };
  }

  /** Walks one chain (an organization's, or `null` for sign-ins of unknown accounts) and names its first broken row. */
  async verify(db: SqlRunner, organizationId: string | null): Promise<AuditChainVerification> {
    const chain = organizationId === null ? 'organization_id IS NULL' : 'organization_id = $1';
    const params = organizationId === null ? [] : [organizationId];
    const [{ rows }] = await db.query(`SELECT count(*)::int AS rows FROM audit_event WHERE ${chain}`, params);
    const [broken] = await db.query(
      `SELECT seq::int, reason FROM (
         SELECT seq,
                CASE WHEN seq <> row_number() OVER w THEN 'missing_row'
                     WHEN previous_hash <> coalesce(lag(hash) OVER w, '\\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
                       THEN 'previous_hash'
                     WHEN hash <> audit_event_digest(e) THEN 'content'
                END AS reason
           FROM audit_event e WHERE ${chain} WINDOW w AS (ORDER BY seq)
       ) checked
       WHERE reason IS NOT NULL ORDER BY seq LIMIT 1`,
      params,
    );
    return { verified: !broken, rows, firstBrokenRow: broken ?? null };
  }

  /** Every chain in the database: each organization's and the one of unknown accounts. */
  async chains(db: SqlRunner): Promise<{ organizationId: string | null; name: string }[]> {
    return db.query(
      `SELECT o.id AS "organizationId", o.name FROM organization o
        UNION ALL SELECT NULL, '(sign-ins of unknown accounts)' ORDER BY 2`,
    );
  }
}
