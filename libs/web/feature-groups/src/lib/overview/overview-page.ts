import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import type { TrendRequest } from '@cohesion/contracts';
import { todayIsoDateIn } from '@cohesion/domain';
import { AnalyticsApi, AuthStore, ProgramsApi, StaffApi, aggregatesUrl, problemMessage, ratingsCsvUrl } from '@cohesion/web/data-access';
import { ChButton, formatChange, formatPercent, formatScore } from '@cohesion/web/ui';
import { RouterLink } from '@angular/router';
import { rangeStart, type RangePreset } from '../group/range-presets';
import { AttendanceChart } from './attendance-chart';
import { ClimateHeatmap } from './climate-heatmap';
import { MeasuresTrend } from '../trend/measures-trend';
import { RetentionCurves } from './retention-curves';
import { recentHeadline, retentionAfter } from './overview-figures';

const OVERVIEW_RANGES: readonly { key: RangePreset; label: string }[] = [
  { key: '8w', label: 'Last 8 weeks' },
  { key: '6m', label: 'Last 6 months' },
  { key: 'all', label: 'All' },
];

/** The director's outcomes overview: headline figures, the measures over time, groups × weeks, and climate drops. */
@Component({
  selector: 'ch-overview-page',
  imports: [AttendanceChart, ChButton, ClimateHeatmap, MeasuresTrend, RetentionCurves, RouterLink],
  templateUrl: './overview-page.html',
  styleUrl: './overview-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewPage {
  private readonly analytics = inject(AnalyticsApi);
  private readonly programsApi = inject(ProgramsApi);
  private readonly staffApi = inject(StaffApi);
  /** Ranges end on the clinic's today, whatever the browser's time zone. */
  private readonly today = todayIsoDateIn(inject(AuthStore).user()?.timeZone ?? 'UTC');

  /** One filter at a time narrows the overview: a program or a facilitator (choosing one clears the other). */
  protected readonly programId = signal<string>('');
  protected readonly facilitatorId = signal<string>('');
  protected readonly range = signal<RangePreset>('6m');
  protected readonly ranges = OVERVIEW_RANGES;

  protected readonly programs = resource({ loader: () => this.programsApi.list() });
  protected readonly facilitators = resource({ loader: () => this.staffApi.list('facilitator') });
  private readonly scope = computed<Omit<TrendRequest, 'bucket'>>(() => ({
    ...(this.facilitatorId()
      ? { scope: 'facilitator' as const, id: this.facilitatorId() }
      : this.programId()
        ? { scope: 'program' as const, id: this.programId() }
        : { scope: 'organization' as const }),
    from: rangeStart(this.range(), this.today),
  }));
  protected readonly trend = resource({ params: () => ({ ...this.scope(), bucket: 'week' as const }), loader: ({ params }) => this.analytics.trend(params) });
  // The headline figures and climate drops cost the database most: they start once the charts have their data, so
  // that the charts are drawn first.
  private readonly chartsLoaded = computed(() => this.trend.hasValue() && this.climate.hasValue());
  protected readonly attendance = resource({
    params: () => (this.chartsLoaded() ? this.scope() : undefined),
    loader: ({ params }) => this.analytics.attendance(params),
  });
  protected readonly climate = resource({
    params: () => ({ programId: this.programId() || undefined, facilitatorId: this.facilitatorId() || undefined, from: rangeStart(this.range(), this.today) }),
    loader: ({ params }) => this.analytics.groupClimate(params),
  });
  protected readonly climateDrops = resource({
    params: () => (this.chartsLoaded() ? { facilitatorId: this.facilitatorId() || undefined } : undefined),
    loader: async ({ params }) => (await this.analytics.checkIns({ status: 'open', kind: 'climate_drop', ...params })).items,
  });
  /** Programs compared by who stays: the members who joined in the range, whatever the filter. */
  protected readonly retentionCurves = resource({
    params: () => (this.chartsLoaded() ? { from: rangeStart(this.range(), this.today) } : undefined),
    loader: ({ params }) => this.analytics.programRetention(params),
  });

  protected readonly benefit = computed(() => {
    const headline = recentHeadline(this.trend.value()?.series.benefitIndex ?? []);
    return { value: formatScore(headline.value), change: formatChange(headline.change) };
  });
  protected readonly attendanceRate = computed(() => formatPercent(this.attendance.value()?.attendanceRate ?? null));
  protected readonly retention = computed(() => {
    const summary = this.attendance.value();
    return formatPercent(summary ? retentionAfter(summary, 8) : null);
  });
  protected readonly reach = computed(() => {
    const reach = this.attendance.value()?.reach;
    return reach === null || reach === undefined ? '–' : reach.toFixed(1);
  });
  protected readonly scopeLabel = computed(() => {
    const facilitator = this.facilitators.value()?.find((f) => f.id === this.facilitatorId());
    if (facilitator) return `${facilitator.displayName}'s groups`;
    const program = this.programs.value()?.find((p) => p.id === this.programId());
    return program ? program.name : 'the organization';
  });
  protected readonly figuresError = computed(() => (this.attendance.error() ? problemMessage(this.attendance.error()) : null));
  protected readonly climateError = computed(() => (this.climate.error() ? problemMessage(this.climate.error()) : null));
  protected readonly retentionError = computed(() => (this.retentionCurves.error() ? problemMessage(this.retentionCurves.error()) : null));

  /** Row-level ratings leave only for a program or a facilitator; the organization exports aggregates (DESIGN §4). */
  protected readonly exports = computed(() => {
    const { scope, id, from } = this.scope();
    const aggregateScope =
      scope === 'program' ? ({ scope, id, from, to: this.today } as const) : scope === 'organization' ? ({ scope, from, to: this.today } as const) : null;
    return {
      ratingsCsv: scope === 'organization' ? null : ratingsCsvUrl({ scope, id, from, to: this.today }),
      aggregateCsv: aggregateScope && aggregatesUrl(aggregateScope, 'csv'),
      aggregatePdf: aggregateScope && aggregatesUrl(aggregateScope, 'pdf'),
    };
  });

  protected chooseProgram(programId: string): void {
    this.facilitatorId.set('');
    this.programId.set(programId);
  }

  protected chooseFacilitator(facilitatorId: string): void {
    this.programId.set('');
    this.facilitatorId.set(facilitatorId);
  }
}
