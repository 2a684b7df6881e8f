import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { AttendanceWeek } from '@cohesion/contracts';
import {
  CHART_PALETTE,
  ChartDrawing,
  ChartFigure,
  ChartTable,
  axisTicks,
  MarkedLineChart,
  formatDateTick,
  formatIsoDate,
  formatPercent,
  type LegendEntry,
} from '@cohesion/web/ui';
import { ScaleType, type Color } from '@swimlane/ngx-charts';

const LINE = CHART_PALETTE[0];
const SCHEME: Color = { name: 'attendance', selectable: false, group: ScaleType.Ordinal, domain: [LINE.colour] };

/** Attendance of a scope week by week (present or late, of scheduled), with the same numbers as a table. */
@Component({
  selector: 'ch-attendance-chart',
  imports: [ChartDrawing, ChartFigure, ChartTable, MarkedLineChart],
  template: `
    <ch-chart-figure [heading]="heading()" [legend]="legend" [empty]="weeks().length === 0" emptyText="No sessions in this period yet." height="14rem">
      <ng-template chChartTable>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col" class="num">Scheduled</th>
            <th scope="col" class="num">Attended</th>
            <th scope="col" class="num">Attendance</th>
          </tr>
        </thead>
        <tbody>
          @for (week of weeks(); track week.week) {
            <tr>
              <th scope="row">{{ formatDate(week.week) }}</th>
              <td class="num">{{ week.scheduled }}</td>
              <td class="num">{{ week.attended }}</td>
              <td class="num">{{ formatPercent(week.attendanceRate) }}</td>
            </tr>
          }
        </tbody>
      </ng-template>
      <ng-template chChartDrawing>
        <ch-marked-line-chart
          [results]="chartData()"
          [scheme]="scheme"
          [yScaleMax]="100"
          [xAxisTickFormatting]="formatTick"
          [xAxisTicks]="ticks()"
          [yAxisTickFormatting]="formatPercentTick"
        />
      </ng-template>
    </ch-chart-figure>
  `,
  styles: [':host { display: block; }'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttendanceChart {
  readonly heading = input.required<string>();
  readonly weeks = input.required<readonly AttendanceWeek[]>();

  protected readonly scheme = SCHEME;
  protected readonly legend: LegendEntry[] = [{ label: 'Attendance (present or late, of scheduled)', ...LINE }];
  protected readonly chartData = computed(() => [
    {
      name: 'Attendance',
      series: this.weeks().map((week) => ({ name: new Date(`${week.week}T00:00:00`), value: Math.round(week.attendanceRate * 1000) / 10 })),
    },
  ]);
  /** Ticks on the weeks' own Mondays. */
  protected readonly ticks = computed(() => axisTicks(this.chartData()[0].series.map((point) => point.name)));
  protected readonly formatDate = formatIsoDate;
  protected readonly formatPercent = formatPercent;
  protected readonly formatTick = formatDateTick;
  protected readonly formatPercentTick = (value: number) => `${value}%`;
}
