import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { addMonths, todayIsoDateIn } from '@cohesion/domain';
import type { FacilitatorRef } from '@cohesion/contracts';
import { AuthStore, GroupsStore, supervisionPackUrl } from '@cohesion/web/data-access';

const PERIODS = [
  { months: 3, label: 'Last 3 months' },
  { months: 6, label: 'Last 6 months' },
  { months: 12, label: 'Last 12 months' },
] as const;

/** A supervisor downloads the supervision pack (PDF) of one of their facilitators for a period, for the meeting. */
@Component({
  selector: 'ch-supervision-pack-panel',
  template: `
    <section class="ch-panel" aria-labelledby="pack-title">
      <h2 id="pack-title">Supervision pack</h2>
      @if (facilitators().length === 0) {
        <p class="ch-muted">Packs are made for the facilitators you supervise; none of your groups has one yet.</p>
      } @else {
        <div class="ch-filters">
          <label>
            Facilitator
            <select (change)="facilitatorId.set($any($event.target).value)">
              @for (facilitator of facilitators(); track facilitator.id) {
                <option [value]="facilitator.id" [selected]="facilitator.id === chosenId()">{{ facilitator.displayName }}</option>
              }
            </select>
          </label>
          <label>
            Period
            <select (change)="months.set(+$any($event.target).value)">
              @for (period of periods; track period.months) {
                <option [value]="period.months" [selected]="period.months === months()">{{ period.label }}</option>
              }
            </select>
          </label>
          <a [href]="link()" download>Download the pack (PDF)</a>
        </div>
        <p class="ch-muted hint">Figures, trends, alerts with the actions taken, and the signed notes, by member code only.</p>
      }
    </section>
  `,
  styles: [
    `
      h2 {
        margin: 0 0 0.75rem;
        font-size: 1.125rem;
      }
      a {
        font-weight: 600;
      }
      .hint {
        margin: 0.5rem 0 0;
        font-size: 0.875rem;
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupervisionPackPanel implements OnInit {
  private readonly groups = inject(GroupsStore);
  private readonly today = todayIsoDateIn(inject(AuthStore).user()?.timeZone ?? 'UTC');

  protected readonly periods = PERIODS;
  protected readonly facilitatorId = signal('');
  protected readonly months = signal(3);
  /** The facilitators of the supervised groups, by name. */
  protected readonly facilitators = computed(() => {
    const byId = new Map<string, FacilitatorRef>();
    for (const group of this.groups.groups()) for (const facilitator of group.facilitators) byId.set(facilitator.id, facilitator);
    return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
  });
  protected readonly chosenId = computed(() => this.facilitatorId() || (this.facilitators()[0]?.id ?? ''));
  protected readonly link = computed(() =>
    supervisionPackUrl({ scope: 'facilitator', id: this.chosenId(), from: addMonths(this.today, -this.months()), to: this.today }),
  );

  ngOnInit(): void {
    void this.groups.loadGroups();
  }
}
