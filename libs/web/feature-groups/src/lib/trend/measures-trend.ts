import { ChangeDetectionStrategy, Component, computed, input, type ResourceRef } from '@angular/core';
import type { TrendResponse } from '@cohesion/contracts';
import { problemMessage } from '@cohesion/web/data-access';
import { ChButton, TrendChart } from '@cohesion/web/ui';

/** The three measures over time as one chart, or why they could not load (with a retry), or a placeholder meanwhile. */
@Component({
  selector: 'ch-measures-trend',
  imports: [ChButton, TrendChart],
  template: `
    @if (error(); as message) {
      <div class="ch-notice ch-notice--error">
        <p role="alert">{{ message }}</p>
        <button chButton type="button" (click)="trend().reload()">Try again</button>
      </div>
    } @else if (trend().value(); as answer) {
      <ch-trend-chart [heading]="heading()" [series]="answer.series" />
    } @else {
      <div class="ch-skeleton placeholder" aria-busy="true"><span class="ch-visually-hidden" role="status">Loading the measures…</span></div>
    }
  `,
  styles: `
    .placeholder {
      height: 18rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasuresTrend {
  readonly trend = input.required<ResourceRef<TrendResponse | undefined>>();
  readonly heading = input.required<string>();

  protected readonly error = computed(() => {
    const error = this.trend().error();
    return error ? problemMessage(error) : null;
  });
}
