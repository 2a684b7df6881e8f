import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { LineStyle } from '../trend-chart/series-style';

/** One entry of a chart's legend: what the line is, and how it is drawn. */
export interface LegendEntry extends LineStyle {
  label: string;
}

/** The key to a chart's lines, drawn with their colour and dash. Hidden from screen readers: the table view names the series. */
@Component({
  selector: 'ch-chart-legend',
  template: `
    <ul aria-hidden="true">
      @for (entry of entries(); track entry.label) {
        <li>
          <svg width="28" height="10">
            <line x1="0" y1="5" x2="28" y2="5" [attr.stroke]="entry.colour" stroke-width="2.5" [attr.stroke-dasharray]="entry.dash || null" />
          </svg>
          {{ entry.label }}
        </li>
      }
    </ul>
  `,
  styles: [
    `
      ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1.25rem;
        margin: 0 0 0.5rem;
        padding: 0;
        list-style: none;
        font-size: 0.875rem;
      }
      li {
        display: inline-flex;
        align-items: center;
        gap: 0.375rem;
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartLegend {
  readonly entries = input.required<readonly LegendEntry[]>();
}
