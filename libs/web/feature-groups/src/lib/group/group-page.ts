import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { todayIsoDateIn } from '@cohesion/domain';
import { toSignal } from '@angular/core/rxjs-interop';
import { HttpErrorResponse } from '@angular/common/http';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { TrendBucket } from '@cohesion/contracts';
import { AnalyticsApi, AuthStore, GroupsApi, problemMessage, ratingsCsvUrl, supervisionPackUrl } from '@cohesion/web/data-access';
import { ChButton, formatIsoDate } from '@cohesion/web/ui';
import { map } from 'rxjs';
import { AlertsPanel } from './alerts-panel';
import { MeasuresTrend } from '../trend/measures-trend';
import { MemberTable } from './member-table';
import { BUCKETS, RANGE_PRESETS, rangeStart, type RangePreset } from './range-presets';

/** One group: who runs it, how its climate moves, who needs a check-in, and each member at a glance. */
@Component({
  selector: 'ch-group-page',
  imports: [AlertsPanel, ChButton, MeasuresTrend, MemberTable, RouterLink],
  templateUrl: './group-page.html',
  styleUrl: './group-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GroupPage {
  private readonly groupsApi = inject(GroupsApi);
  private readonly analytics = inject(AnalyticsApi);
  private readonly auth = inject(AuthStore);
  /** Ranges end on the clinic's today, whatever the browser's time zone. */
  private readonly today = todayIsoDateIn(this.auth.user()?.timeZone ?? 'UTC');

  protected readonly groupId = toSignal(inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('groupId') ?? '')), { requireSync: true });
  protected readonly bucket = signal<TrendBucket>('session');
  protected readonly range = signal<RangePreset>('6m');
  protected readonly buckets = BUCKETS;
  protected readonly rangePresets = RANGE_PRESETS;

  protected readonly group = resource({ params: () => this.groupId(), loader: ({ params }) => this.groupsApi.group(params) });
  protected readonly trend = resource({
    params: () => ({ scope: 'group' as const, id: this.groupId(), bucket: this.bucket(), from: rangeStart(this.range(), this.today) }),
    loader: ({ params }) => this.analytics.trend(params),
  });
  /** The ratings behind the chart, over the same range, as a tidy CSV. */
  protected readonly ratingsCsv = computed(() => ratingsCsvUrl({ scope: 'group', id: this.groupId(), from: rangeStart(this.range(), this.today) }));
  /** The group's supervision pack over the range the chart shows. */
  protected readonly supervisionPack = computed(() =>
    supervisionPackUrl({ scope: 'group', id: this.groupId(), from: rangeStart(this.range(), this.today), to: this.today }),
  );
  protected readonly rangeLabel = computed(() => RANGE_PRESETS.find((preset) => preset.key === this.range())?.label.toLowerCase() ?? '');
  protected readonly members = resource({ params: () => this.groupId(), loader: ({ params }) => this.analytics.groupMembers(params) });
  protected readonly openAlerts = resource({
    params: () => this.groupId(),
    loader: ({ params }) => this.analytics.checkIns({ groupId: params, status: 'open' }),
  });

  /** The group's own facilitators record its sessions; supervisors and directors read them. */
  protected readonly canRecord = computed(() => {
    const userId = this.auth.user()?.id;
    return this.auth.user()?.role === 'facilitator' && (this.group.value()?.facilitators ?? []).some((f) => f.id === userId);
  });
  protected readonly sessions = resource({ params: () => this.groupId(), loader: ({ params }) => this.groupsApi.sessions(params) });
  protected readonly notFound = computed(() => {
    const error = this.group.error();
    return error instanceof HttpErrorResponse && error.status === 404;
  });
  protected readonly groupError = computed(() => (this.group.error() ? problemMessage(this.group.error()) : null));
  protected readonly facilitators = computed(() =>
    (this.group.value()?.facilitators ?? []).map((f) => (f.role === 'lead' ? `${f.displayName} (lead)` : f.displayName)).join(', '),
  );
  protected readonly trendHeading = computed(() => {
    // The API answers a long range of fine buckets with coarser ones: the heading names the bucket it used.
    const per = { session: 'by session', week: 'weekly means', month: 'monthly means' }[this.trend.value()?.bucket ?? this.bucket()];
    return `Belonging, learning and accountability, ${per}, with 95% intervals`;
  });
  protected readonly formatDate = formatIsoDate;
  protected readonly lastSession = computed(() => {
    const on = this.group.value()?.lastSessionOn;
    return on ? formatIsoDate(on) : null;
  });
}
