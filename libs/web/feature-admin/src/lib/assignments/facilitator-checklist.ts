import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/** One person, as a checkbox or an option of an assignment. */
export interface StaffOption {
  id: string;
  displayName: string;
}

/**
 * The enabled facilitators to choose from, followed by anyone still assigned who is no longer one of them (a disabled
 * account), so a director sees every assignment and can remove it; the server refuses to keep such a person.
 */
export function facilitatorOptions(enabled: readonly StaffOption[], assigned: readonly { id: string; displayName?: string }[]): StaffOption[] {
  const ids = new Set(enabled.map((person) => person.id));
  const former = assigned
    .filter((person) => !ids.has(person.id))
    .map(({ id, displayName }) => ({ id, displayName: displayName ? `${displayName} (disabled)` : 'A disabled account' }));
  return [...enabled, ...former];
}

/** `chosen` with one person checked or unchecked, as a new set (signals compare by reference). */
export function withChoice(chosen: ReadonlySet<string>, id: string, checked: boolean): Set<string> {
  const next = new Set(chosen);
  if (checked) next.add(id);
  else next.delete(id);
  return next;
}

/** A list of facilitators as checkboxes, in a fieldset whose legend names what they are chosen for. */
@Component({
  selector: 'ch-facilitator-checklist',
  template: `
    <fieldset>
      <legend class="ch-visually-hidden">{{ legend() }}</legend>
      @for (option of options(); track option.id) {
        <label>
          <input type="checkbox" [checked]="checked().has(option.id)" (change)="toggled.emit({ id: option.id, checked: $any($event.target).checked })" />
          {{ option.displayName }}
        </label>
      } @empty {
        <p class="ch-muted">No enabled facilitators yet.</p>
      }
    </fieldset>
  `,
  styles: `
    fieldset {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0;
      padding: 0;
      border: 0;
    }
    label {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      min-height: 1.75rem;
    }
    p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FacilitatorChecklist {
  /** What the checked people are chosen for, read by screen readers ("Facilitators supervised by Sam Okafor"). */
  readonly legend = input.required<string>();
  readonly options = input.required<readonly StaffOption[]>();
  readonly checked = input.required<ReadonlySet<string>>();
  /** A person was checked or unchecked. */
  readonly toggled = output<{ id: string; checked: boolean }>();
}
