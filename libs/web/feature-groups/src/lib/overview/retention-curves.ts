import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ProgramRetention } from '@cohesion/contracts';
import { ChartDrawing, ChartFigure, ChartTable, MarkedLineChart, formatPercent, paletteStyle, type LegendEntry } from '@cohesion/web/ui';
import { ScaleType, type Color } from '@swimlane/ngx-charts';

/** The sessions the table shows; the chart draws them all. */
const TABLE_SESSIONS = [1, 4, 8, 12, 16];

/** Kaplan–Meier retention of each program by the sessions each member attended, with the same numbers as a table. */
@Component({
  selector: 'ch-retention-curves',
  imports: [ChartDrawing, ChartFigure, ChartTable, MarkedLineChart],
  templateUrl: './retention-curves.html',
  styleUrl: './retention-curves.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RetentionCurves {
  readonly programs = input.required<readonly ProgramRetention[]>();

  protected readonly tableSessions = TABLE_SESSIONS;
  protected readonly scheme = computed<Color>(() => ({
    name: 'cohesion-programs',
    selectable: false,
    group: ScaleType.Ordinal,
    domain: this.programs().map((_, i) => paletteStyle(i).colour),
  }));
  protected readonly legend = computed<LegendEntry[]>(() => this.programs().map((program, i) => ({ label: program.programName, ...paletteStyle(i) })));
  protected readonly chartData = computed(() =>
    this.programs().map((program) => ({
      name: program.programName,
      series: program.curve
        .filter((point) => point.retained !== null)
        .map((point) => ({ name: point.session, value: Math.round((point.retained as number) * 1000) / 10, extra: { atRisk: point.atRisk } })),
    })),
  );
  protected readonly hasData = computed(() => this.chartData().some((line) => line.series.length > 0));
  protected readonly tableRows = computed(() =>
    this.programs().map((program) => ({
      name: program.programName,
      members: program.members,
      cells: TABLE_SESSIONS.map((session) => {
        const point = program.curve.find((p) => p.session === session);
        return { session, retained: formatPercent(point?.retained ?? null), atRisk: point?.atRisk ?? 0 };
      }),
    })),
  );
  protected readonly formatSession = (value: number) => `${value}`;
  protected readonly formatPercentTick = (value: number) => `${value}%`;
}
