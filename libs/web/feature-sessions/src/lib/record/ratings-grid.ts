import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output } from '@angular/core';
import type { ScoresBySeries } from '@cohesion/contracts';
import { MEASURES, type Measure } from '@cohesion/domain';

export interface GridMember {
  id: string;
  code: string;
}

export interface ScoreChange {
  memberId: string;
  measure: Measure;
  score: number | null;
}

const MEASURE_LABEL: Record<Measure, string> = { belonging: 'Belonging', learning: 'Learning', accountability: 'Accountability' };

/**
 * Members × measures, keyboard first: a digit fills the cell and moves right ("1" waits a moment for a "0", so 10 can
 * be typed), Enter moves down, arrow keys move, Backspace clears. Each row shows the member's previous scores.
 */
@Component({
  selector: 'ch-ratings-grid',
  templateUrl: './ratings-grid.html',
  styleUrl: './ratings-grid.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RatingsGrid {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly members = input.required<readonly GridMember[]>();
  readonly ratings = input.required<Record<string, Partial<Record<Measure, number>>>>();
  readonly previous = input<Record<string, ScoresBySeries>>({});
  readonly scoreChange = output<ScoreChange>();

  protected readonly measures = MEASURES;
  protected readonly measureLabel = MEASURE_LABEL;

  protected valueOf(memberId: string, measure: Measure): string {
    const score = this.ratings()[memberId]?.[measure];
    return score === undefined ? '' : String(score);
  }

  protected previousOf(memberId: string, measure: Measure): string | null {
    const score = this.previous()[memberId]?.[measure];
    return score === null || score === undefined ? null : String(score);
  }

  protected onKeydown(event: KeyboardEvent, row: number, column: number): void {
    const cell = event.target as HTMLInputElement;
    const member = this.members()[row];
    const measure = MEASURES[column];
    if (/^[0-9]$/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      if (cell.dataset['pending'] === '1' && event.key === '0') {
        this.set(cell, member.id, measure, 10);
        this.move(row, column + 1);
        return;
      }
      if (cell.dataset['pending'] === '1') {
        // "1" then another digit: the 1 stays here and the new digit goes to the next cell.
        this.move(row, column + 1)?.dispatchEvent(new KeyboardEvent('keydown', { key: event.key, bubbles: true }));
        return;
      }
      this.set(cell, member.id, measure, Number(event.key));
      if (event.key === '1') cell.dataset['pending'] = '1';
      else this.move(row, column + 1);
      return;
    }
    switch (event.key) {
      case 'Enter':
        event.preventDefault();
        this.move(row + 1, column);
        break;
      case 'ArrowRight':
        event.preventDefault();
        this.move(row, column + 1);
        break;
      case 'ArrowLeft':
        event.preventDefault();
        this.move(row, column - 1);
        break;
      case 'ArrowDown':
        event.preventDefault();
        this.move(row + 1, column);
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.move(row - 1, column);
        break;
      case 'Backspace':
      case 'Delete':
        event.preventDefault();
        this.set(cell, member.id, measure, null);
        break;
      case 'Tab':
        break;
      default:
        // Anything else typed (letters, symbols) is not a score.
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) event.preventDefault();
    }
  }

  protected onBlur(cell: HTMLInputElement): void {
    delete cell.dataset['pending'];
  }

  private set(cell: HTMLInputElement, memberId: string, measure: Measure, score: number | null): void {
    cell.value = score === null ? '' : String(score);
    delete cell.dataset['pending'];
    this.scoreChange.emit({ memberId, measure, score });
  }

  /** Focuses the cell at row, column (wrapping to the next row after the last column); answers it if there is one. */
  private move(row: number, column: number): HTMLInputElement | null {
    let targetRow = row;
    let targetColumn = column;
    if (targetColumn >= MEASURES.length) {
      targetRow += 1;
      targetColumn = 0;
    }
    if (targetColumn < 0) {
      targetRow -= 1;
      targetColumn = MEASURES.length - 1;
    }
    const target = this.host.nativeElement.querySelector<HTMLInputElement>(`input[data-row="${targetRow}"][data-column="${targetColumn}"]`);
    target?.focus();
    target?.select();
    return target;
  }
}
