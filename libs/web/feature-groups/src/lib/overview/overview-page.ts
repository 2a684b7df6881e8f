import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import type { TrendRequest } from '@cohesion/web/data-access';
import { AnalyticsApi, ProgramsApi, problemMessage } from '@cohesion/web/data-access';
import { ChButton, TrendChart, formatChange, formatPercent, formatScore } from '@cohesion/web/ui';
import { RouterLink } from '@angular/router';
import { rangeStart, type RangePreset } from '../group/range-presets';
import { ClimateHeatmap } from './climate-heatmap';
import { recentHeadline, retentionAfter } from './overview-figures';

const OVERVIEW_RANGES: readonly { key: RangePreset; label: string }[] = [
  { key: '8w', label: 'Last 8 weeks' },
  { key: '6m', label: 'Last 6 months' },
  { key: 'all', label: 'All' },
];

/** The director's outcomes overview: headline figures, the measures over time, groups × weeks, and climate drops. */
@Component({
  selector: 'ch-overview-page',
  imports: [ChButton, ClimateHeatmap, RouterLink, TrendChart],
  templateUrl: './overview-page.html',
  styleUrl: './overview-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewPage {
  private readonly analytics = inject(AnalyticsApi);
  private readonly programsApi = inject(ProgramsApi);

  protected readonly programId = signal<string>('');
  protected readonly range = signal<RangePreset>('6m');
  protected readonly ranges = OVERVIEW_RANGES;

  protected readonly programs = resource({ loader: () => this.programsApi.list() });
  private readonly scope = computed<Omit<TrendRequest, 'bucket'>>(() => ({
    ...(this.programId() ? { scope: 'program' as const, id: this.programId() } : { scope: 'organization' as const }),
    from: rangeStart(this.range()),
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
    params: () => ({ programId: this.programId() || undefined, from: rangeStart(this.range()) }),
    loader: ({ params }) => this.analytics.groupClimate(params),
  });
  protected readonly climateDrops = resource({
    params: () => (this.chartsLoaded() ? true : undefined),
    loader: async () => (await this.analytics.alerts({ status: 'open', kind: 'climate_drop' })).items,
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
    const program = this.programs.value()?.find((p) => p.id === this.programId());
    return program ? program.name : 'the organization';
  });
  protected readonly trendError = computed(() => (this.trend.error() ? problemMessage(this.trend.error()) : null));
  protected readonly figuresError = computed(() => (this.attendance.error() ? problemMessage(this.attendance.error()) : null));
  protected readonly climateError = computed(() => (this.climate.error() ? problemMessage(this.climate.error()) : null));
}
