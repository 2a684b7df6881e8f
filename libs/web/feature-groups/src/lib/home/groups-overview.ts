import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, resource } from '@angular/core';
import { addMonths, todayIsoDateIn } from '@cohesion/domain';
import type { Role } from '@cohesion/domain';
import { AnalyticsApi, AuthStore, GroupsStore, problemMessage, supervisionPackUrl } from '@cohesion/web/data-access';
import { ChButton, GroupCard, GroupCardSkeleton } from '@cohesion/web/ui';
import { HOME_HEADINGS } from './home-headings';

/** The roles that see clinical content. */
export type ClinicalRole = Exclude<Role, 'admin'>;

const EMPTY_GUIDANCE: Record<ClinicalRole, string> = {
  facilitator: 'Groups you facilitate appear here. Ask your clinical director to assign you to a group, then record its first session.',
  supervisor: 'Groups of the facilitators you supervise appear here. Ask an administrator to link you to the facilitators you supervise.',
  director: 'Set up a program and its groups and assign their facilitators; every group then appears here.',
};

/** The groups the person may see, with loading, empty and error states. */
@Component({
  selector: 'ch-groups-overview',
  imports: [ChButton, GroupCard, GroupCardSkeleton],
  templateUrl: './groups-overview.html',
  styleUrl: './groups-overview.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GroupsOverview implements OnInit {
  private readonly store = inject(GroupsStore);
  private readonly analytics = inject(AnalyticsApi);
  private readonly user = inject(AuthStore).user();

  /** Whose groups these are; decides the heading and the advice when there are none. */
  readonly role = input.required<ClinicalRole>();

  protected readonly heading = computed(() => HOME_HEADINGS[this.role()]);
  protected readonly emptyGuidance = computed(() => EMPTY_GUIDANCE[this.role()]);
  protected readonly loading = this.store.loading;
  protected readonly error = this.store.error;
  protected readonly groups = this.store.groups;
  protected readonly skeletons = [1, 2, 3];
  /** A facilitator's own supervision pack of the last 3 months, to prepare for supervision. */
  protected readonly myPack = computed(() => {
    if (this.role() !== 'facilitator' || !this.user) return null;
    const today = todayIsoDateIn(this.user.timeZone);
    return supervisionPackUrl({ scope: 'facilitator', id: this.user.id, from: addMonths(today, -3), to: today });
  });
  // The figures cost more than the list: the cards are shown first and their figures fill in.
  protected readonly glance = resource({
    params: () => (this.groups().length ? this.groups() : undefined),
    loader: () => this.analytics.groupGlance(),
  });
  protected readonly glanceByGroup = computed(() => new Map((this.glance.hasValue() ? this.glance.value() : []).map((g) => [g.groupId, g])));
  protected readonly glanceError = computed(() => (this.glance.error() ? problemMessage(this.glance.error()) : null));

  ngOnInit(): void {
    void this.store.loadGroups();
  }

  protected reloadGroups(): void {
    void this.store.loadGroups();
  }

  protected reloadGlance(): void {
    this.glance.reload();
  }
}
