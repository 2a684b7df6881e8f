import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { FacilitatorRef, GroupGlance, GroupSummary } from '@cohesion/contracts';
import { formatIsoDate } from '../format/format-date';
import { formatChange, formatPercent, formatScore } from '../format/format-figure';
import { Sparkline } from '../sparkline/sparkline';

/**
 * One group at a glance: name, program and kind; its recent benefit index (marked when fewer than 5 members rated),
 * attendance, open check-ins and weekly line;
 * facilitators, members, sessions and the last session date.
 */
@Component({
  selector: 'ch-group-card',
  imports: [RouterLink, Sparkline],
  templateUrl: './group-card.html',
  styleUrl: './group-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GroupCard {
  /** The group to show. */
  readonly group = input.required<GroupSummary>();
  /** Offer "Record a session" (to the group's facilitators). */
  readonly canRecord = input(false);
  /** The group's recent figures; null when they are not available. */
  readonly glance = input<GroupGlance | null>(null);
  /** The figures are on their way: a placeholder holds their place. */
  readonly glanceLoading = input(false);

  protected readonly figures = computed(() => {
    const glance = this.glance();
    if (!glance) return null;
    return {
      benefitIndex: formatScore(glance.benefitIndex),
      lowN: glance.benefitIndex !== null && glance.lowN,
      members: glance.members,
      change: formatChange(glance.benefitIndexChange),
      attendance: formatPercent(glance.attendanceRate),
      openAlerts: glance.openAlerts,
      alertsLabel: glance.openAlerts === 1 ? 'open check-in' : 'open check-ins',
      weeks: glance.recentWeeks.map((week) => week.benefitIndex),
    };
  });

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
