import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { SeriesKey, TrendPoint } from '@cohesion/contracts';
import { formatIsoDate } from '../format/format-date';
import { type LegendEntry } from '../chart-legend/chart-legend';
import { ChartDrawing, ChartFigure, ChartTable } from '../chart-figure/chart-figure';
import { MarkedLineChart } from './marked-line-chart';
import { colourScheme, SERIES_DASH, SERIES_LABEL, seriesColour } from './series-style';

/** What the chart shows of one point, for its tooltip and the table. */
interface PointExtra {
  period: string;
  n: number;
  members: number;
  ciLow: number | null;
  ciHigh: number | null;
  lowN: boolean;
}

export interface TrendTableRow {
  period: string;
  periodLabel: string;
  measure: string;
  n: number;
  members: number;
  mean: string;
  interval: string;
  lowN: boolean;
}

const oneDecimal = (value: number | null) => (value === null ? '–' : value.toFixed(1));

/**
 * Means of the measures over time with their 95% intervals as bands (ngx-charts), on the fixed 0–10 scale, and a
 * "Show as table" view with the same numbers for anyone who cannot or would rather not read the chart.
 */
@Component({
  selector: 'ch-trend-chart',
  imports: [ChartDrawing, ChartFigure, ChartTable, MarkedLineChart],
  templateUrl: './trend-chart.html',
  styleUrl: './trend-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrendChart {
  /** What the chart shows, in words: also its accessible name. */
  readonly heading = input.required<string>();
  readonly series = input.required<Partial<Record<SeriesKey, readonly TrendPoint[]>>>();
  readonly keys = input<readonly SeriesKey[]>(['belonging', 'learning', 'accountability']);

  protected readonly scheme = computed(() => colourScheme(this.keys()));
  protected readonly legend = computed<LegendEntry[]>(() =>
    this.keys().map((key) => ({ label: SERIES_LABEL[key], colour: seriesColour(key), dash: SERIES_DASH[key] })),
  );
  protected readonly chartData = computed(() =>
    this.keys().map((key) => ({
      name: SERIES_LABEL[key],
      series: (this.series()[key] ?? [])
        .filter((point) => point.mean !== null)
        .map((point) => ({
          name: new Date(`${point.period}T00:00:00`),
          value: point.mean as number,
          min: point.ciLow ?? (point.mean as number),
          max: point.ciHigh ?? (point.mean as number),
          extra: { period: point.period, n: point.n, members: point.members, ciLow: point.ciLow, ciHigh: point.ciHigh, lowN: point.lowN } satisfies PointExtra,
        })),
    })),
  );
  protected readonly hasData = computed(() => this.chartData().some((line) => line.series.length > 0));
  /** Markers shrink when points crowd together, so the lines stay readable. */
  protected readonly markerRadius = computed(() => (Math.max(0, ...this.chartData().map((line) => line.series.length)) > 120 ? 2 : 3.5));
  protected readonly tableRows = computed<TrendTableRow[]>(() =>
    this.keys()
      .flatMap((key) => (this.series()[key] ?? []).map((point) => ({ key, point })))
      .sort((a, b) => a.point.period.localeCompare(b.point.period) || this.keys().indexOf(a.key) - this.keys().indexOf(b.key))
      .map(({ key, point }) => ({
        period: point.period,
        periodLabel: formatIsoDate(point.period),
        measure: SERIES_LABEL[key],
        n: point.n,
        members: point.members,
        mean: oneDecimal(point.mean),
        interval: point.ciLow === null || point.ciHigh === null ? '–' : `${point.ciLow.toFixed(1)}–${point.ciHigh.toFixed(1)}`,
        lowN: point.lowN,
      })),
  );
  /** Ticks on the points' own dates (a session's day, a week's Monday, a month's first), never on dates without data. */
  protected readonly ticks = computed(() => axisTicks(this.chartData().flatMap((line) => line.series.map((point) => point.name))));
  protected readonly formatTick = formatDateTick;
  protected readonly oneDecimal = oneDecimal;
  /** What a tooltip says after a point's mean: its interval, its members and whether they are few. */
  protected readonly pointFacts = (extra: PointExtra) =>
    [
      extra.ciLow === null || extra.ciHigh === null ? '' : `(${oneDecimal(extra.ciLow)}–${oneDecimal(extra.ciHigh)})`,
      `· ${extra.members} members`,
      extra.lowN ? '· low n' : '',
    ]
      .filter(Boolean)
      .join(' ');
  protected readonly isoDate = isoDate;
}

/** At most `max` of the distinct dates, evenly spaced, the last always among them: the x-axis ticks of a chart by date. */
export function axisTicks(dates: readonly Date[], max = 8): Date[] {
  const distinct = [...new Map(dates.map((date) => [date.getTime(), date])).values()].sort((a, b) => a.getTime() - b.getTime());
  if (distinct.length <= max) return distinct;
  const step = Math.ceil((distinct.length - 1) / (max - 1));
  const last = distinct.length - 1;
  return distinct.filter((_, i) => (last - i) % step === 0);
}

/** An x-axis tick of a chart by date: the chart's points are local midnights, so the label reads the local date. */
export function formatDateTick(value: Date | string): string {
  return value instanceof Date ? formatIsoDate(isoDate(value)) : String(value);
}

function isoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
