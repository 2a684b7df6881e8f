import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TrendBucket, TrendRequest, TrendResponse } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { UnitOfWork } from '../../database/unit-of-work';
import { ClinicCalendar } from '../organizations/clinic-calendar';
import { AnalyticsException } from './analytics.exception';
import { resolveRange, type DateRange } from '../../common/date-range';
import { ScopeAccess, type ResolvedScope } from '../access/scope-access';
import { OutcomeTrendsRepository, type BucketStatsRow } from './outcome-trends.repository';
import { TrendAnswerCache } from './trend-answer-cache';
import { toTrendSeries } from './trend-series';

/** A chart draws three series: at most 1,000 buckets each keeps it under 3,000 points. */
export const MAX_BUCKETS_PER_SERIES = 1000;
const COARSER: Partial<Record<TrendBucket, TrendBucket>> = { session: 'week', week: 'month' };

/** The bucket to answer with: the one asked for, or a coarser one when the asked one has too many buckets. */
export function bucketToAnswer(asked: TrendBucket, buckets: number): TrendBucket | null {
  return buckets > MAX_BUCKETS_PER_SERIES ? (COARSER[asked] ?? null) : null;
}

/** Trends of the three measures and the benefit index for a scope, read from the outcome rollups. */
@Injectable()
export class TrendsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly scopes: ScopeAccess,
    private readonly calendar: ClinicCalendar,
    private readonly trends: OutcomeTrendsRepository,
    private readonly answers: TrendAnswerCache,
  ) {}

  /** The trend as the JSON of a TrendResponse, from the answer cache while the organization's rollups are unchanged. */
  trendJson(actor: Actor, request: TrendRequest): Promise<string> {
    if (request.bucket === 'session' && request.scope !== 'group') {
      throw AnalyticsException.invalidScope('Session buckets are for one group; use week or month for wider scopes.');
    }
    const range = resolveRange(request, request.bucket, this.calendar.today(actor));
    return this.unitOfWork.run(actor, async (tx) => {
      const scope = await this.scopes.resolve(tx, actor, request.scope, request.id);
      // The version first: rollups read after it are at least as new, so an answer is never kept under a newer version.
      const version = await this.trends.findRollupVersion(tx, actor.organizationId);
      const key = answerKey(scope, request.bucket, range);
      const kept = version === null ? undefined : this.answers.get(key, version);
      if (kept !== undefined) return kept;
      const answer = await this.trendIn(tx, scope, request, this.calendar.today(actor));
      const json = JSON.stringify(answer);
      if (version !== null) this.answers.set(key, version, json);
      return json;
    });
  }

  /**
   * The trend of a scope already resolved for the caller, inside the caller's transaction (the supervision pack reads
   * it in the same snapshot as its notes). A long range of fine buckets is answered coarser (the answer says which).
   */
  async trendIn(tx: EntityManager, scope: ResolvedScope, request: Pick<TrendRequest, 'bucket' | 'from' | 'to'>, today: string): Promise<TrendResponse> {
    let bucket = request.bucket;
    let answered = resolveRange(request, bucket, today);
    let rows = await this.statsFor(tx, scope, bucket, answered);
    for (let coarser = bucketToAnswer(bucket, countBuckets(rows)); coarser; coarser = bucketToAnswer(bucket, countBuckets(rows))) {
      bucket = coarser;
      answered = resolveRange(request, bucket, today);
      rows = await this.statsFor(tx, scope, bucket, answered);
    }
    return { scope: scope.scope, id: scope.id, bucket, ...answered, series: toTrendSeries(rows) };
  }

  private statsFor(tx: EntityManager, scope: ResolvedScope, bucket: TrendBucket, range: DateRange): Promise<BucketStatsRow[]> {
    if (scope.groupIds) {
      if (!scope.groupIds.length) return Promise.resolve([]);
      return bucket === 'session'
        ? this.trends.findSessionStats(tx, scope.groupIds, range)
        : this.trends.findPeriodStatsOfGroups(tx, scope.groupIds, bucket, range);
    }
    if (bucket === 'session') throw new Error('session buckets are answered per group');
    const [rollup, scopeId] = scope.programId ? (['program', scope.programId] as const) : (['organization', scope.organizationId] as const);
    return this.trends.findRollupStats(tx, rollup, scopeId, scope.organizationId, bucket, range);
  }
}

function countBuckets(rows: readonly BucketStatsRow[]): number {
  return new Set(rows.map((row) => row.sessionId ?? row.period)).size;
}

/** What an answer covers: the organization, the scope and the groups it resolved to (a facilitator's change), the buckets. */
function answerKey(scope: ResolvedScope, bucket: TrendBucket, range: DateRange): string {
  return [scope.organizationId, scope.scope, scope.id ?? '', scope.groupIds?.join(',') ?? '', bucket, range.from, range.to].join('|');
}
