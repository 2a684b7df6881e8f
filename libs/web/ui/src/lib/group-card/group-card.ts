import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { FacilitatorRef, GroupSummary } from '@cohesion/contracts';
import { formatIsoDate } from '../format/format-date';

/** One group at a glance: name, program, kind, facilitators, members, sessions and the last session date. */
@Component({
  selector: 'ch-group-card',
  imports: [RouterLink],
  templateUrl: './group-card.html',
  styleUrl: './group-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GroupCard {
  /** The group to show. */
  readonly group = input.required<GroupSummary>();
  /** Offer "Record a session" (to the group's facilitators). */
  readonly canRecord = input(false);

  protected readonly kindLabel = computed(() => (this.group().kind === 'open' ? 'Open group' : 'Closed group'));
  /** "Dana Reyes (lead), Sam Okafor": leads first, then the others in the order given. */
  protected readonly facilitatorNames = computed(() =>
    leadFirst(this.group().facilitators)
      .map((facilitator) => (facilitator.role === 'lead' ? `${facilitator.displayName} (lead)` : facilitator.displayName))
      .join(', '),
  );
  protected readonly lastSession = computed(() => {
    const isoDate = this.group().lastSessionOn;
    return isoDate ? { isoDate, label: formatIsoDate(isoDate) } : null;
  });
}

function leadFirst(facilitators: readonly FacilitatorRef[]): FacilitatorRef[] {
  return [...facilitators].sort((a, b) => Number(b.role === 'lead') - Number(a.role === 'lead'));
}
