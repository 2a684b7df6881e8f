import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

const WIDTH = 80;
const HEIGHT = 20;

/** A tiny line of values on the 0–10 scale; its accessible name reads the values out. */
@Component({
  selector: 'ch-sparkline',
  template: `
    <svg [attr.viewBox]="'0 0 ' + width + ' ' + height" [attr.width]="width" [attr.height]="height" role="img" [attr.aria-label]="label()">
      @if (points(); as points) {
        <polyline [attr.points]="points" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
      }
      @if (last(); as last) {
        <circle [attr.cx]="last.x" [attr.cy]="last.y" r="2" fill="currentColor" />
      }
    </svg>
  `,
  styles: [':host { display: inline-flex; color: var(--ch-accent); }'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Sparkline {
  /** Values from 0 to 10, oldest first; null where there is none. */
  readonly values = input.required<readonly (number | null)[]>();
  /** What the values are, for the accessible name ("Benefit index of the last sessions"). */
  readonly description = input.required<string>();

  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  private readonly coordinates = computed(() => {
    const values = this.values();
    const step = values.length > 1 ? (WIDTH - 4) / (values.length - 1) : 0;
    return values.flatMap((value, i) => (value === null ? [] : [{ x: 2 + i * step, y: HEIGHT - 2 - (value / 10) * (HEIGHT - 4) }]));
  });
  protected readonly points = computed(
    () =>
      this.coordinates()
        .map(({ x, y }) => `${x.toFixed(1)},${y.toFixed(1)}`)
        .join(' ') || null,
  );
  protected readonly last = computed(() => this.coordinates().at(-1) ?? null);
  protected readonly label = computed(() => {
    const values = this.values().filter((value): value is number => value !== null);
    return values.length ? `${this.description()}: ${values.map((value) => value.toFixed(1)).join(', ')}` : `${this.description()}: none yet`;
  });
}
