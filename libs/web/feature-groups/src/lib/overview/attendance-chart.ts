import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import type { AttendanceWeek } from '@cohesion/contracts';
import { CHART_PALETTE, ChartLegend, MarkedLineChart, formatDateTick, formatIsoDate, formatPercent, type LegendEntry } from '@cohesion/web/ui';
import { ScaleType, type Color } from '@swimlane/ngx-charts';

const LINE = CHART_PALETTE[0];
const SCHEME: Color = { name: 'attendance', selectable: false, group: ScaleType.Ordinal, domain: [LINE.colour] };

/** Attendance of a scope week by week (present or late, of scheduled), with the same numbers as a table. */
@Component({
  selector: 'ch-attendance-chart',
  imports: [ChartLegend, MarkedLineChart],
  template: `
    <figure class="attendance" aria-labelledby="attendance-chart-title">
      <div class="attendance__header">
        <figcaption id="attendance-chart-title">{{ heading() }}</figcaption>
        <button type="button" class="ch-view-toggle" [attr.aria-pressed]="showTable()" (click)="showTable.set(!showTable())">
          {{ showTable() ? 'Show as chart' : 'Show as table' }}
        </button>
      </div>
      @if (weeks().length === 0) {
        <p class="ch-muted">No sessions in this period yet.</p>
      } @else if (showTable()) {
        <div class="attendance__table" tabindex="0" role="region" [attr.aria-label]="heading() + ', as a table'">
          <table class="ch-table">
            <caption class="ch-visually-hidden">{{ heading() }}</caption>
            <thead>
              <tr><th scope="col">Week of</th><th scope="col" class="num">Scheduled</th><th scope="col" class="num">Attended</th><th scope="col" class="num">Attendance</th></tr>
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
          </table>
        </div>
      } @else {
        <!-- The drawing is for sighted readers; "Show as table" carries the same numbers for everyone. -->
        <ch-chart-legend [entries]="legend" />
        <div class="attendance__chart ch-chart" aria-hidden="true">
          <ch-marked-line-chart
            [results]="chartData()"
            [scheme]="scheme"
            [yScaleMax]="100"
            [xAxisTickFormatting]="formatTick"
            [yAxisTickFormatting]="formatPercentTick"
          />
        </div>
      }
    </figure>
  `,
  styles: [
    `
      :host { display: block; }
      .attendance { margin: 0; }
      .attendance__header { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0.5rem 1rem; margin-bottom: 0.5rem; font-weight: 600; }
      .attendance__chart { height: 14rem; }
      .attendance__table { max-height: 20rem; overflow: auto; }
      .num { text-align: right; }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttendanceChart {
  readonly heading = input.required<string>();
  readonly weeks = input.required<readonly AttendanceWeek[]>();

  protected readonly showTable = signal(false);
  protected readonly scheme = SCHEME;
  protected readonly legend: LegendEntry[] = [{ label: 'Attendance (present or late, of scheduled)', ...LINE }];
  protected readonly chartData = computed(() => [
    {
      name: 'Attendance',
      series: this.weeks().map((week) => ({ name: new Date(`${week.week}T00:00:00`), value: Math.round(week.attendanceRate * 1000) / 10 })),
    },
  ]);
  protected readonly formatDate = formatIsoDate;
  protected readonly formatPercent = formatPercent;
  protected readonly formatTick = formatDateTick;
  protected readonly formatPercentTick = (value: number) => `${value}%`;
}
