import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { ChButton } from '@cohesion/web/ui';

/** One row's save: whether it is running, then "Saved" for the polite live region or the server's problem for an alert. */
export class RowSave {
  readonly saving = signal(false);
  readonly saved = signal(false);
  readonly problem = signal<string | null>(null);

  /** Forgets the last outcome, once the row changes again. */
  edited(): void {
    this.saved.set(false);
  }

  /** Runs `save` unless one is running; `describe` turns a refusal into a sentence. */
  async run(save: () => Promise<void>, describe: (error: unknown) => string): Promise<void> {
    if (this.saving()) return;
    this.saving.set(true);
    this.saved.set(false);
    this.problem.set(null);
    try {
      await save();
      this.saved.set(true);
    } catch (error) {
      this.problem.set(describe(error));
    } finally {
      this.saving.set(false);
    }
  }
}

/** A row's Save button and how its last save went: "Saved" in a polite live region that is always present, a problem as an alert. */
@Component({
  selector: 'ch-row-save-button',
  imports: [ChButton],
  template: `
    <button chButton type="button" [attr.aria-label]="label()" (click)="saveRequested.emit()">Save</button>
    <p class="saved" role="status">{{ save().saved() ? 'Saved' : '' }}</p>
    @if (save().problem(); as problem) {
      <p class="problem" role="alert">{{ problem }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    p {
      margin: 0.25rem 0 0;
      font-size: 0.875rem;
    }
    .saved:empty {
      display: none;
    }
    .problem {
      color: var(--ch-danger);
      max-width: 24rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RowSaveButton {
  /** The row's save whose outcome is shown. */
  readonly save = input.required<RowSave>();
  /** The button's accessible name, which starts with its text ("Save facilitators of Tuesday Circle"). */
  readonly label = input.required<string>();
  /** The button was pressed. */
  readonly saveRequested = output();
}
