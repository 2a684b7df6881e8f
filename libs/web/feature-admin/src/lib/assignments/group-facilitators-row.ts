import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import type { FacilitatorAssignment, GroupSummary, StaffSummary } from '@cohesion/contracts';
import { AssignmentsApi, problemMessage } from '@cohesion/web/data-access';
import { FacilitatorChecklist, facilitatorOptions, withChoice } from './facilitator-checklist';
import { RowSave, RowSaveButton } from './row-save';

/**
 * One group's row: its lead (a select) and co-facilitators (checkboxes), saved with PUT /api/groups/:id/facilitators.
 * The lead is not offered as their own co-facilitator; every other rule (one lead, enabled facilitators) is the server's,
 * and its refusal is shown with the people named.
 */
@Component({
  selector: 'tr[chGroupFacilitatorsRow]',
  imports: [FacilitatorChecklist, RowSaveButton],
  template: `
    <th scope="row">{{ group().name }}</th>
    <td>{{ group().programName }}</td>
    <td>
      <select [attr.aria-label]="'Lead of ' + group().name" (change)="chooseLead($any($event.target).value)">
        @if (!lead()) {
          <option value="" selected>Choose a lead</option>
        }
        @for (option of options(); track option.id) {
          <option [value]="option.id" [selected]="option.id === lead()">{{ option.displayName }}</option>
        }
      </select>
    </td>
    <td>
      <ch-facilitator-checklist
        [legend]="'Co-facilitators of ' + group().name"
        [options]="coOptions()"
        [checked]="coFacilitators()"
        (toggled)="chooseCoFacilitator($event.id, $event.checked)"
      />
    </td>
    <td>
      <ch-row-save-button [save]="saving" [label]="'Save facilitators of ' + group().name" (saveRequested)="save()" />
    </td>
  `,
  styles: `
    select {
      min-height: 2.25rem;
      max-width: 14rem;
      padding: 0 0.5rem;
      border: 1px solid var(--ch-border-strong);
      border-radius: var(--ch-radius);
      background: var(--ch-surface);
      color: var(--ch-text);
      font: inherit;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GroupFacilitatorsRow {
  private readonly api = inject(AssignmentsApi);

  readonly group = input.required<GroupSummary>();
  /** The enabled facilitators of the organization, by name. */
  readonly facilitators = input.required<readonly StaffSummary[]>();

  /** The group's facilitators as the server last said. */
  private readonly saved = linkedSignal(() => this.group().facilitators);
  protected readonly lead = linkedSignal(() => this.saved().find((facilitator) => facilitator.role === 'lead')?.id ?? '');
  protected readonly coFacilitators = linkedSignal(
    () =>
      new Set(
        this.saved()
          .filter((facilitator) => facilitator.role === 'co')
          .map((facilitator) => facilitator.id),
      ),
  );
  protected readonly options = computed(() => facilitatorOptions(this.facilitators(), this.saved()));
  protected readonly coOptions = computed(() => this.options().filter((option) => option.id !== this.lead()));
  protected readonly saving = new RowSave();

  protected chooseLead(facilitatorId: string): void {
    this.lead.set(facilitatorId);
    this.saving.edited();
  }

  protected chooseCoFacilitator(facilitatorId: string, checked: boolean): void {
    this.coFacilitators.set(withChoice(this.coFacilitators(), facilitatorId, checked));
    this.saving.edited();
  }

  protected save(): Promise<void> {
    const names = new Map(this.options().map((option) => [option.id, option.displayName]));
    const facilitators: FacilitatorAssignment[] = [
      ...(this.lead() ? [{ userId: this.lead(), role: 'lead' as const }] : []),
      ...this.coOptions()
        .filter((option) => this.coFacilitators().has(option.id))
        .map((option) => ({ userId: option.id, role: 'co' as const })),
    ];
    return this.saving.run(
      async () => {
        this.saved.set((await this.api.replaceFacilitators(this.group().id, facilitators)).facilitators);
      },
      (error) =>
        problemMessage(error, (field) => {
          if (field === 'facilitators') return 'The group';
          const index = /^facilitators\[(\d+)\]\.userId$/.exec(field)?.[1];
          return index === undefined ? undefined : names.get(facilitators[Number(index)]?.userId ?? '');
        }),
    );
  }
}
