import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { SeriesKey } from '@cohesion/contracts';
import { AnalyticsApi, problemMessage } from '@cohesion/web/data-access';
import { ChButton, TrajectoryChart, formatIsoDate } from '@cohesion/web/ui';

const MEASURE_CHOICES: readonly { key: SeriesKey; label: string }[] = [
  { key: 'benefitIndex', label: 'Benefit index' },
  { key: 'belonging', label: 'Belonging' },
  { key: 'learning', label: 'Learning' },
  { key: 'accountability', label: 'Accountability' },
];

/** One member of a group, by code: their trajectory by their own session number beside the group mean. */
@Component({
  selector: 'ch-member-page',
  imports: [ChButton, RouterLink, TrajectoryChart],
  template: `
    <p class="context"><a [routerLink]="['/groups', groupId]">Back to the group</a></p>
    @if (notFound()) {
      <section class="ch-notice" aria-labelledby="member-missing">
        <h1 id="member-missing">Member not found</h1>
        <p>This member is not in this group, or the group is not one you may see.</p>
      </section>
    } @else if (error(); as message) {
      <section class="ch-notice ch-notice--error">
        <p role="alert">{{ message }}</p>
        <button chButton type="button" (click)="trajectory.reload()">Try again</button>
      </section>
    } @else {
      <h1>
        Member <code>{{ code() }}</code>
      </h1>
      @if (member(); as member) {
        <p class="ch-muted">
          Joined {{ formatDate(member.joinedOn) }}
          @if (member.leftOn) {
            , left {{ formatDate(member.leftOn) }}
          }
          · attended {{ member.sessionsAttended }} of {{ member.sessionsScheduled }} sessions
        </p>
      }
      <section class="ch-panel" aria-labelledby="trajectory-title">
        <div class="panel-header">
          <h2 id="trajectory-title">Trajectory</h2>
          <div class="ch-filters">
            <label>
              Measure
              <select (change)="measure.set($any($event.target).value)">
                @for (choice of measures; track choice.key) {
                  <option [value]="choice.key" [selected]="choice.key === measure()">{{ choice.label }}</option>
                }
              </select>
            </label>
          </div>
        </div>
        @if (trajectory.value(); as points) {
          <ch-trajectory-chart [points]="points" [memberCode]="code()" [measure]="measure()" />
        } @else {
          <div class="ch-skeleton chart" aria-busy="true"><span class="ch-visually-hidden" role="status">Loading the trajectory…</span></div>
        }
      </section>
    }
  `,
  styles: [
    `
      :host {
        display: block;
        max-width: 56rem;
      }
      .context {
        margin: 0 0 0.5rem;
      }
      h1 {
        margin: 0 0 0.25rem;
        font-size: 1.5rem;
      }
      .panel-header {
        display: flex;
        align-items: baseline;
        justify-content: space-between;
        gap: 1rem;
      }
      .chart {
        height: 18rem;
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MemberPage {
  private readonly analytics = inject(AnalyticsApi);
  private readonly params = inject(ActivatedRoute).snapshot.paramMap;

  protected readonly groupId = this.params.get('groupId') ?? '';
  protected readonly memberId = this.params.get('memberId') ?? '';
  protected readonly measure = signal<SeriesKey>('benefitIndex');
  protected readonly measures = MEASURE_CHOICES;
  protected readonly formatDate = formatIsoDate;

  protected readonly trajectory = resource({ loader: () => this.analytics.trajectory(this.groupId, this.memberId) });
  private readonly members = resource({ loader: () => this.analytics.groupMembers(this.groupId, 'all') });
  protected readonly member = computed(() => this.members.value()?.find((m) => m.memberId === this.memberId) ?? null);
  protected readonly code = computed(() => this.member()?.code ?? '…');
  protected readonly notFound = computed(() => {
    const error = this.trajectory.error();
    return error instanceof HttpErrorResponse && error.status === 404;
  });
  protected readonly error = computed(() => (this.trajectory.error() && !this.notFound() ? problemMessage(this.trajectory.error()) : null));
}
