import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DateRange } from '../../common/date-range';

/** Sufficient statistics of one series in one bucket, in sixths of a score point (see the outcome rollups migration). */
export interface BucketStatsRow {
  period: string;
  sessionId?: string;
  /** `belonging`, `learning`, `accountability` or `benefit_index`. */
  measure: string;
  n: number;
  total: number;
  totalSq: number;
  /** Distinct members who rated this series in the bucket (the benefit index: who rated anything). */
  members: number;
}

export type PeriodBucket = 'week' | 'month';

const STATS = `st.measure, st.n, st.total::float8 AS total, st.total_sq::float8 AS "totalSq"`;

/**
 * Trend queries over the outcome rollups, never over raw ratings: per-session statistics for groups and facilitators,
 * the program and organization rollups for those scopes. Plain rows, no entities.
 */
@Injectable()
export class OutcomeTrendsRepository {
  /** The organization's rollup version (see TrendAnswerCache); null for an organization that has none yet. */
  async findRollupVersion(tx: EntityManager, organizationId: string): Promise<string | null> {
    const [row] = await tx.query(`SELECT version::text AS version FROM outcome_rollup_version WHERE organization_id = $1`, [organizationId]);
    return row?.version ?? null;
  }

  findSessionStats(tx: EntityManager, groupIds: string[], range: DateRange): Promise<BucketStatsRow[]> {
    return tx.query(
      `SELECT to_char(st.held_on, 'YYYY-MM-DD') AS period, st.session_id AS "sessionId", st.members, ${STATS}
         FROM session_outcome_stat st
        WHERE st.group_id = ANY ($1) AND st.held_on BETWEEN $2 AND $3
        ORDER BY st.held_on, st.session_id`,
      [groupIds, range.from, range.to],
    );
  }

  /** Per-session statistics summed into weeks or months; distinct members of each series counted from who was rated in it. */
  findPeriodStatsOfGroups(tx: EntityManager, groupIds: string[], bucket: PeriodBucket, range: DateRange): Promise<BucketStatsRow[]> {
    return tx.query(
      `WITH stats AS (
         SELECT date_trunc($2, st.held_on::timestamp)::date AS period, st.measure, st.n, st.total, st.total_sq, st.rated_members
           FROM session_outcome_stat st WHERE st.group_id = ANY ($1) AND st.held_on BETWEEN $3 AND $4
       ), members AS (
         SELECT period, measure, count(DISTINCT member_id)::int AS members FROM stats, unnest(rated_members) member_id GROUP BY period, measure
       )
       SELECT to_char(s.period, 'YYYY-MM-DD') AS period, m.members, s.measure, sum(s.n)::int AS n,
              sum(s.total)::float8 AS total, sum(s.total_sq)::float8 AS "totalSq"
         FROM stats s JOIN members m USING (period, measure)
        GROUP BY s.period, s.measure, m.members
        ORDER BY s.period`,
      [groupIds, bucket, range.from, range.to],
    );
  }

  findRollupStats(
    tx: EntityManager,
    scope: 'organization' | 'program',
    scopeId: string,
    organizationId: string,
    bucket: PeriodBucket,
    range: DateRange,
  ): Promise<BucketStatsRow[]> {
    return tx.query(
      `SELECT to_char(st.period, 'YYYY-MM-DD') AS period, st.members, ${STATS}
         FROM period_outcome_stat st
        WHERE st.scope = $1 AND st.scope_id = $2 AND st.organization_id = $3 AND st.bucket = $4 AND st.period BETWEEN $5 AND $6
        ORDER BY st.period`,
      [scope, scopeId, organizationId, bucket, range.from, range.to],
    );
  }
}
