import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { ThemeUse } from '@cohesion/contracts';

/** How many of the group's earlier themes are offered as one-click suggestions. */
const QUICK_PICKS = 6;

/** Splits typed text into themes: commas separate them, blanks are dropped. */
export function parseThemes(text: string): string[] {
  return text
    .split(',')
    .map((theme) => theme.trim())
    .filter(Boolean);
}

/**
 * The note's themes as chips: type one and press Enter (or a comma), pick one the group used before, remove one with
 * its button. Suggestions come from the group's earlier notes, most used first.
 */
@Component({
  selector: 'ch-theme-chips',
  templateUrl: './theme-chips.html',
  styleUrl: './theme-chips.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ThemeChips {
  readonly themes = input.required<readonly string[]>();
  readonly suggestions = input<readonly ThemeUse[]>([]);
  readonly themesChange = output<string[]>();

  /** Earlier themes not on this note yet (compared without case), most used first. */
  protected readonly available = computed(() => {
    const chosen = new Set(this.themes().map((theme) => theme.toLowerCase()));
    return this.suggestions()
      .map((use) => use.theme)
      .filter((theme) => !chosen.has(theme.toLowerCase()));
  });
  protected readonly quickPicks = computed(() => this.available().slice(0, QUICK_PICKS));

  protected add(text: string): void {
    const chosen = new Set(this.themes().map((theme) => theme.toLowerCase()));
    const added = parseThemes(text).filter((theme) => {
      const fresh = !chosen.has(theme.toLowerCase());
      chosen.add(theme.toLowerCase());
      return fresh;
    });
    if (added.length) this.themesChange.emit([...this.themes(), ...added]);
  }

  protected remove(theme: string): void {
    this.themesChange.emit(this.themes().filter((chosen) => chosen !== theme));
  }

  /** Enter or a comma adds what was typed; Backspace in an empty box removes the last theme. */
  protected onKey(event: KeyboardEvent): void {
    const field = event.target as HTMLInputElement;
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      this.commit(field);
    } else if (event.key === 'Backspace' && field.value === '' && this.themes().length) {
      this.remove(this.themes()[this.themes().length - 1]);
    }
  }

  /** Adds what the box holds (also when it loses focus or a suggestion is picked from the list) and clears it. */
  protected commit(field: HTMLInputElement): void {
    if (!field.value.trim()) return;
    this.add(field.value);
    field.value = '';
  }
}
