import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import type { StaffSummary } from '@cohesion/contracts';
import { AssignmentsApi, problemMessage } from '@cohesion/web/data-access';
import { FacilitatorChecklist, facilitatorOptions, withChoice } from './facilitator-checklist';
import { RowSave, RowSaveButton } from './row-save';

/** One supervisor's row: the facilitators they supervise, as checkboxes, saved with PUT /api/supervisions/:id. */
@Component({
  selector: 'tr[chSupervisionRow]',
  imports: [FacilitatorChecklist, RowSaveButton],
  template: `
    <th scope="row">{{ supervisor().displayName }}</th>
    <td>
      <ch-facilitator-checklist
        [legend]="'Facilitators supervised by ' + supervisor().displayName"
        [options]="options()"
        [checked]="chosen()"
        (toggled)="choose($event.id, $event.checked)"
      />
    </td>
    <td>
      <ch-row-save-button [save]="saving" [label]="'Save facilitators supervised by ' + supervisor().displayName" (saveRequested)="save()" />
    </td>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupervisionRow {
  private readonly api = inject(AssignmentsApi);

  readonly supervisor = input.required<StaffSummary>();
  /** The enabled facilitators of the organization, by name. */
  readonly facilitators = input.required<readonly StaffSummary[]>();
  /** Whom the supervisor supervises, as the page loaded it. */
  readonly assigned = input.required<readonly string[]>();

  /** Whom the supervisor supervises, as the server last said. */
  private readonly saved = linkedSignal(() => this.assigned());
  protected readonly chosen = linkedSignal(() => new Set(this.saved()));
  protected readonly options = computed(() =>
    facilitatorOptions(
      this.facilitators(),
      this.saved().map((id) => ({ id })),
    ),
  );
  protected readonly saving = new RowSave();

  protected choose(facilitatorId: string, checked: boolean): void {
    this.chosen.set(withChoice(this.chosen(), facilitatorId, checked));
    this.saving.edited();
  }

  protected save(): Promise<void> {
    const chosen = this.options().filter((option) => this.chosen().has(option.id));
    return this.saving.run(
      async () => {
        const assignments = await this.api.replaceSupervisions(
          this.supervisor().id,
          chosen.map((option) => option.id),
        );
        this.saved.set(assignments.map((assignment) => assignment.facilitatorId));
      },
      (error) => problemMessage(error, (field) => chosen[Number(/^facilitatorIds\[(\d+)\]$/.exec(field)?.[1] ?? NaN)]?.displayName),
    );
  }
}
