import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, Directive, TemplateRef, contentChild, inject, input, signal } from '@angular/core';
import { ChartLegend, type LegendEntry } from '../chart-legend/chart-legend';

/** The drawing of a chart, for sighted readers: `<ng-template chChartDrawing>`. */
@Directive({ selector: 'ng-template[chChartDrawing]' })
export class ChartDrawing {
  readonly template = inject(TemplateRef);
}

/** The same numbers as a table, for everyone: `<ng-template chChartTable>` holding its thead and tbody. */
@Directive({ selector: 'ng-template[chChartTable]' })
export class ChartTable {
  readonly template = inject(TemplateRef);
}

let nextId = 0;

/**
 * What every chart of the dashboard shares: a figure named by its heading, "Show as table" / "Show as chart", the empty
 * state, the legend, and the drawing (hidden from screen readers) or its table in a scrollable, focusable region.
 */
@Component({
  selector: 'ch-chart-figure',
  imports: [ChartLegend, NgTemplateOutlet],
  template: `
    <figure class="chart" [attr.aria-labelledby]="headingId">
      <div class="chart__header">
        <figcaption [id]="headingId" class="chart__title">{{ heading() }}</figcaption>
        <button type="button" class="ch-view-toggle" [attr.aria-pressed]="showTable()" (click)="showTable.set(!showTable())">
          {{ showTable() ? 'Show as chart' : 'Show as table' }}
        </button>
      </div>
      @if (empty()) {
        <p class="chart__empty">{{ emptyText() }}</p>
      } @else if (showTable()) {
        <div class="chart__table" tabindex="0" role="region" [attr.aria-label]="heading() + ', as a table'">
          <table class="ch-table ch-table--sticky">
            <caption class="ch-visually-hidden">
              {{
                tableCaption() || heading()
              }}
            </caption>
            <ng-container [ngTemplateOutlet]="table()?.template ?? null" />
          </table>
        </div>
      } @else {
        <ch-chart-legend [entries]="legend()" />
        <!-- The drawing is for sighted readers; "Show as table" carries the same numbers for everyone. -->
        <div class="chart__drawing ch-chart" aria-hidden="true" [style.height]="height()">
          <ng-container [ngTemplateOutlet]="drawing()?.template ?? null" />
        </div>
        <ng-content select="[chChartNote]" />
      }
    </figure>
  `,
  styles: [
    `
      :host {
        display: block;
      }
      .chart {
        margin: 0;
      }
      .chart__header {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        justify-content: space-between;
        gap: 0.5rem 1rem;
        margin-bottom: 0.75rem;
      }
      .chart__title {
        font-weight: 600;
      }
      .chart__empty {
        margin: 0.5rem 0 0;
        color: var(--ch-text-muted);
        font-size: 0.875rem;
      }
      .chart__table {
        max-height: 24rem;
        overflow: auto;
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartFigure {
  /** What the chart shows, in words: its accessible name too. */
  readonly heading = input.required<string>();
  readonly legend = input.required<readonly LegendEntry[]>();
  /** Nothing to draw: the empty text is shown instead. */
  readonly empty = input(false);
  readonly emptyText = input('Nothing to show for this period yet.');
  /** What the table holds, for screen readers, where the heading does not say it. */
  readonly tableCaption = input<string>();
  /** The drawing's height (CSS). */
  readonly height = input('18rem');

  protected readonly showTable = signal(false);
  protected readonly headingId = `chart-figure-${nextId++}`;
  protected readonly drawing = contentChild(ChartDrawing);
  protected readonly table = contentChild(ChartTable);
}
