import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditAction, AuditEvent, AuditOutcome, Page } from '@cohesion/contracts';
import { AppendedChains } from './appended-chains';
import { AuditSeal, type SealedContent } from './audit-seal';

/**
 * Anything that runs SQL: the request's transaction (a query runner's manager, as UnitOfWork and
 * `DataSource.transaction` give), or the data source for a write of its own.
 */
export type SqlRunner = Pick<EntityManager, 'query'>;

/** One row to append; the database numbers it and stamps the time, the repository seals it. */
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

/** A row of a chain as stored, with its links. */
export interface StoredAuditRow extends SealedContent {
  id: string;
  previousHash: Buffer;
  hash: Buffer;
}

/** A row's place in its chain: its number and its hash. */
export interface ChainPoint {
  seq: number;
  hash: Buffer;
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

/** The chain's lock and head, and the values of the new row as PostgreSQL will store them: what the seal covers. */
const NEXT_LINK = `
  SELECT head.seq + 1 AS seq, head.hash AS "previousHash", $1::uuid AS "organizationId",
         to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "occurredAt",
         $2::uuid AS "actorId", host($3::inet) AS ip, $4::jsonb AS detail
    FROM audit_chain_head($1::uuid) head`;

const STORED_ROW = `
  id, organization_id AS "organizationId", seq::text AS seq, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "occurredAt",
  actor_id AS "actorId", actor_role AS "actorRole", action, outcome, entity_type AS "entityType", entity_id AS "entityId",
  member_code AS "memberCode", host(ip) AS ip, request_id AS "requestId", detail, previous_hash AS "previousHash", hash`;

/** Rows `e` of one chain: an organization's, or sign-ins of unknown accounts (`null`). */
const inChain = (organizationId: string | null, first: number) =>
  organizationId === null
    ? { where: 'e.organization_id IS NULL', params: [] as unknown[] }
    : { where: `e.organization_id = $${first}`, params: [organizationId] };

@Injectable()
export class AuditRepository {
  constructor(
    private readonly seal: AuditSeal,
    private readonly appended: AppendedChains,
  ) {}

  /**
   * Appends a row to its chain in two statements of `db`'s transaction: the first takes the chain's lock (held until
   * the commit, so that concurrent requests chain in commit order) and answers the chain's head and the row's values
   * as PostgreSQL will store them; the row is sealed here, with a key the database never sees; the second inserts it.
   * A data source (or its manager) would run each statement in a transaction of its own and let the lock go in
   * between, so the two then run in one of their own.
   */
  async append(db: SqlRunner, row: AuditRow): Promise<void> {
    if (db instanceof DataSource || (db instanceof EntityManager && !db.queryRunner)) {
      return db.transaction((tx) => this.append(tx, row));
    }
    const detail = row.detail === null ? null : JSON.stringify(row.detail);
    const [next] = await db.query(NEXT_LINK, [row.organizationId, row.actorId, row.ip, detail]);
    const stored: SealedContent = {
      ...row,
      organizationId: next.organizationId,
      seq: Number(next.seq),
      occurredAt: next.occurredAt,
      actorId: next.actorId,
      ip: next.ip,
      detail: next.detail,
    };
    await db.query(
      `INSERT INTO audit_event (organization_id, seq, occurred_at, actor_id, actor_role, action, outcome, entity_type, entity_id, member_code, ip,
                                request_id, detail, previous_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        stored.organizationId,
        stored.seq,
        stored.occurredAt,
        stored.actorId,
        row.actorRole,
        row.action,
        row.outcome,
        row.entityType,
        row.entityId,
        row.memberCode,
        row.ip,
        row.requestId,
        detail,
        next.previousHash,
        this.seal.of(stored, next.previousHash),
      ],
    );
    this.appended.add(stored.organizationId);
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

  /** A chain's rows after `afterSeq`, in order, `batchSize` at a time: a chain is never all in memory. */
  async *chainRows(db: SqlRunner, organizationId: string | null, afterSeq = 0, batchSize = 1000): AsyncGenerator<StoredAuditRow[]> {
    const chain = inChain(organizationId, 3);
    for (let after = afterSeq; ;) {
      const rows: (Omit<StoredAuditRow, 'seq'> & { seq: string })[] = await db.query(
        `SELECT ${STORED_ROW} FROM audit_event e WHERE e.seq > $1 AND ${chain.where} ORDER BY e.seq LIMIT $2`,
        [after, batchSize, ...chain.params],
      );
      if (!rows.length) return;
      yield rows.map((row) => ({ ...row, seq: Number(row.seq) }));
      after = Number(rows[rows.length - 1].seq);
    }
  }

  /** The chain's last row, or null when it has none. */
  async head(db: SqlRunner, organizationId: string | null): Promise<ChainPoint | null> {
    const chain = inChain(organizationId, 1);
    const [head] = await db.query(`SELECT e.seq::text AS seq, e.hash FROM audit_event e WHERE ${chain.where} ORDER BY e.seq DESC LIMIT 1`, chain.params);
    return head ? { seq: Number(head.seq), hash: head.hash } : null;
  }

  /** The hash of the chain's row `seq`, or null when there is none. */
  async hashAt(db: SqlRunner, organizationId: string | null, seq: number): Promise<Buffer | null> {
    const chain = inChain(organizationId, 2);
    const [row] = await db.query(`SELECT e.hash FROM audit_event e WHERE e.seq = $1 AND ${chain.where}`, [seq, ...chain.params]);
    return row?.hash ?? null;
  }

  /** Every chain in the database: each organization's and the one of unknown accounts. */
  async chains(db: SqlRunner): Promise<{ organizationId: string | null; name: string }[]> {
    return db.query(
      `SELECT o.id AS "organizationId", o.name FROM organization o
        UNION ALL SELECT NULL, '(sign-ins of unknown accounts)' ORDER BY 2`,
    );
  }
}
