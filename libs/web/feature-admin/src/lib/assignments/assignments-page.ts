import { groupBy } from '@cohesion/domain';
import { ChangeDetectionStrategy, Component, computed, inject, resource, type ResourceRef } from '@angular/core';
import { AssignmentsApi, StaffApi, problemMessage } from '@cohesion/web/data-access';
import { ChButton } from '@cohesion/web/ui';
import { GroupFacilitatorsRow } from './group-facilitators-row';
import { SupervisionRow } from './supervision-row';

/** The first failure among `resources` as a sentence, or null while none failed. */
function loadProblem(...resources: ResourceRef<unknown>[]): string | null {
  const failed = resources.find((ref) => ref.error());
  return failed ? problemMessage(failed.error()) : null;
}

/**
 * A director's clinical structure: whom each supervisor supervises, and who leads and co-facilitates each group.
 * Each row saves on its own, so one refusal never discards another row's changes.
 */
@Component({
  selector: 'ch-assignments-page',
  imports: [ChButton, GroupFacilitatorsRow, SupervisionRow],
  templateUrl: './assignments-page.html',
  styleUrl: './assignments-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssignmentsPage {
  private readonly api = inject(AssignmentsApi);
  private readonly staff = inject(StaffApi);

  protected readonly facilitators = resource({ loader: () => this.staff.list('facilitator') });
  protected readonly supervisors = resource({ loader: () => this.staff.list('supervisor') });
  protected readonly supervisions = resource({ loader: () => this.api.supervisions() });
  protected readonly groups = resource({ loader: () => this.api.groups() });

  protected readonly supervisionProblem = computed(() => loadProblem(this.supervisors, this.supervisions, this.facilitators));
  protected readonly groupsProblem = computed(() => loadProblem(this.groups, this.facilitators));

  /** Each supervisor's facilitators by supervisor id, once everything the section needs has loaded. */
  protected readonly supervised = computed(() => {
    if (!this.supervisions.hasValue()) return undefined;
    const bySupervisor = groupBy(this.supervisions.value(), (supervision) => supervision.supervisorId);
    return new Map([...bySupervisor].map(([supervisorId, supervisions]) => [supervisorId, supervisions.map((s) => s.facilitatorId)]));
  });

  protected retrySupervision(): void {
    for (const ref of [this.supervisors, this.supervisions, this.facilitators]) if (ref.error()) ref.reload();
  }

  protected retryGroups(): void {
    for (const ref of [this.groups, this.facilitators]) if (ref.error()) ref.reload();
  }
}
