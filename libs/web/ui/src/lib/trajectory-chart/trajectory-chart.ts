import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { SeriesKey, TrajectoryPoint } from '@cohesion/contracts';
import { ScaleType, type Color } from '@swimlane/ngx-charts';
import { formatIsoDate } from '../format/format-date';
import { type LegendEntry } from '../chart-legend/chart-legend';
import { ChartDrawing, ChartFigure, ChartTable } from '../chart-figure/chart-figure';
import { MarkedLineChart } from '../trend-chart/marked-line-chart';
import { SERIES_LABEL } from '../trend-chart/series-style';

/** The member in the accent colour, solid; the group mean in grey, dashed (never colour alone). */
const MEMBER_LINE = { colour: '#0072B2', dash: '' };
const GROUP_LINE = { colour: '#6B7280', dash: '8 4' };
const SCHEME: Color = { name: 'member-vs-group', selectable: false, group: ScaleType.Ordinal, domain: [MEMBER_LINE.colour, GROUP_LINE.colour] };
const oneDecimal = (value: number | null) => (value === null ? '–' : value.toFixed(1));

/** A member's scores by their own session number beside the group mean of the same sessions, with a table view. */
@Component({
  selector: 'ch-trajectory-chart',
  imports: [ChartDrawing, ChartFigure, ChartTable, MarkedLineChart],
  templateUrl: './trajectory-chart.html',
  styleUrl: './trajectory-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrajectoryChart {
  readonly points = input.required<readonly TrajectoryPoint[]>();
  readonly memberCode = input.required<string>();
  readonly measure = input<SeriesKey>('benefitIndex');

  protected readonly scheme = SCHEME;
  protected readonly legend = computed<LegendEntry[]>(() => [
    { label: this.memberCode(), ...MEMBER_LINE },
    { label: 'Group mean', ...GROUP_LINE },
  ]);
  protected readonly heading = computed(() => `${SERIES_LABEL[this.measure()]} of ${this.memberCode()} by their session number, beside the group mean`);
  protected readonly chartData = computed(() => {
    const key = this.measure();
    const line = (name: string, pick: (point: TrajectoryPoint) => number | null, lowN: (point: TrajectoryPoint) => boolean) => ({
      name,
      series: this.points().flatMap((point) =>
        pick(point) === null ? [] : [{ name: point.sessionNumber, value: pick(point) as number, extra: { lowN: lowN(point) } }],
      ),
    });
    return [
      line(
        this.memberCode(),
        (p) => p.scores[key],
        () => false,
      ),
      line(
        'Group mean',
        (p) => p.groupMean[key],
        (p) => p.groupLowN[key],
      ),
    ];
  });
  protected readonly hasData = computed(() => this.chartData().some((line) => line.series.length > 0));
  protected readonly rows = computed(() =>
    this.points().map((point) => ({
      sessionNumber: point.sessionNumber,
      heldOn: formatIsoDate(point.heldOn),
      member: oneDecimal(point.scores[this.measure()]),
      group: oneDecimal(point.groupMean[this.measure()]),
      groupMembers: point.groupMembers[this.measure()],
      lowN: point.groupLowN[this.measure()],
    })),
  );
}
