import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TrendBucket, TrendResponse, TrendScope } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { UnitOfWork } from '../../database/unit-of-work';
import { ClinicCalendar } from '../organizations/clinic-calendar';
import { AnalyticsException } from './analytics.exception';
import { resolveRange, type DateRange } from './analytics-range';
import { AnalyticsScopes, type ResolvedScope } from './analytics-scope';
import { OutcomeTrendsRepository, type BucketStatsRow } from './outcome-trends.repository';
import { toTrendSeries } from './trend-series';

export interface TrendRequest {
  scope: TrendScope;
  id?: string;
  bucket: TrendBucket;
  from?: string;
  to?: string;
}

/** Trends of the three measures and the benefit index for a scope, read from the outcome rollups. */
@Injectable()
export class TrendsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly scopes: AnalyticsScopes,
    private readonly calendar: ClinicCalendar,
    private readonly trends: OutcomeTrendsRepository,
  ) {}

  trend(actor: Actor, request: TrendRequest): Promise<TrendResponse> {
    if (request.bucket === 'session' && request.scope !== 'group') {
      throw AnalyticsException.invalidScope('Session buckets are for one group; use week or month for wider scopes.');
    }
    return this.unitOfWork.run(actor, async (tx) => {
      const scope = await this.scopes.resolve(tx, actor, request.scope, request.id);
      const range = await resolveRange(request, request.bucket, () => this.calendar.today(tx, actor.organizationId));
      const rows = await this.statsFor(tx, scope, request.bucket, range);
      return { scope: scope.scope, id: scope.id, bucket: request.bucket, ...range, series: toTrendSeries(rows) };
    });
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
