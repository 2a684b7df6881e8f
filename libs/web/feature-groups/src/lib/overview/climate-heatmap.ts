import { ChangeDetectionStrategy, Component, ElementRef, afterRenderEffect, computed, input, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { GroupClimate } from '@cohesion/contracts';
import { formatIsoDate } from '@cohesion/web/ui';

const PAGE_SIZE = 20;
/** Fewer members than this in a week: shown, but marked as low n. */
const LOW_N = 5;

interface HeatCell {
  label: string;
  value: number | null;
  lowN: boolean;
  background: string;
  dark: boolean;
}

/**
 * Groups × weeks of the benefit index as a table (so it reads aloud as one): each cell carries its number, and its
 * shade (a single-hue scale, light to dark blue) only repeats it. Low-n weeks are marked; group names open the group.
 */
@Component({
  selector: 'ch-climate-heatmap',
  imports: [RouterLink],
  templateUrl: './climate-heatmap.html',
  styleUrl: './climate-heatmap.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClimateHeatmap {
  readonly groups = input.required<readonly GroupClimate[]>();

  protected readonly page = signal(0);
  protected readonly pageCount = computed(() => Math.max(1, Math.ceil(this.groups().length / PAGE_SIZE)));
  protected readonly weeks = computed(() => [...new Set(this.groups().flatMap((group) => group.weeks.map((week) => week.week)))].sort());
  protected readonly rows = computed(() => {
    const weeks = this.weeks();
    const start = Math.min(this.page(), this.pageCount() - 1) * PAGE_SIZE;
    return this.groups()
      .slice(start, start + PAGE_SIZE)
      .map((group) => {
        const byWeek = new Map(group.weeks.map((week) => [week.week, week]));
        return {
          group,
          cells: weeks.map((week): HeatCell => {
            const entry = byWeek.get(week);
            const value = entry?.benefitIndex ?? null;
            return { label: value === null ? '' : value.toFixed(1), value, lowN: !!entry && entry.members < LOW_N, ...shade(value) };
          }),
        };
      });
  });
  protected readonly weekLabel = (week: string) => formatIsoDate(week).replace(/ \d{4}$/, '');
  private readonly wrap = viewChild<ElementRef<HTMLElement>>('wrap');

  constructor() {
    // The latest weeks matter most: when the weeks change, the table opens scrolled to its right end.
    afterRenderEffect(() => {
      this.weeks();
      const wrap = this.wrap()?.nativeElement;
      if (wrap) wrap.scrollLeft = wrap.scrollWidth;
    });
  }
}

/**
 * Light (0) to dark (10) blue. The scale skips the middle lightnesses, where neither dark nor white text would keep a
 * 4.5:1 contrast: 0–5 run from 96% to 60% lightness with dark text, above 5 from 42% to 22% with white text.
 */
function shade(value: number | null): { background: string; dark: boolean } {
  if (value === null) return { background: 'transparent', dark: false };
  const v = Math.max(0, Math.min(10, value));
  const dark = v > 5;
  const lightness = dark ? 42 - (v - 5) * 4 : 96 - v * 7.2;
  return { background: `hsl(210 70% ${lightness.toFixed(0)}%)`, dark };
}
