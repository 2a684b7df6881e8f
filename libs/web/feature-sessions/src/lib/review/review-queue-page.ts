import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SessionsApi, problemMessage } from '@cohesion/web/data-access';
import { ChButton, formatIsoDate } from '@cohesion/web/ui';
import { SupervisedAlerts } from './supervised-alerts';
import { SupervisionPackPanel } from './supervision-pack-panel';

const DAY_MS = 86_400_000;

/**
 * A supervisor's queue: signed notes of the supervised facilitators waiting for co-signature, risk concerns first;
 * then the alerts of their groups, open and acted on.
 */
@Component({
  selector: 'ch-review-queue-page',
  imports: [ChButton, RouterLink, SupervisedAlerts, SupervisionPackPanel],
  template: `
    <h1>Review queue</h1>
    @if (error(); as message) {
      <section class="ch-notice ch-notice--error">
        <p role="alert">{{ message }}</p>
        <button chButton type="button" (click)="queue.reload()">Try again</button>
      </section>
    } @else if (queue.value(); as items) {
      @if (items.length === 0) {
        <section class="ch-notice">
          <h2>Nothing to co-sign</h2>
          <p>Signed notes of the facilitators you supervise appear here until you co-sign them.</p>
        </section>
      } @else {
        <table>
          <caption class="ch-visually-hidden">
            Notes waiting for your co-signature, risk concerns first, then the oldest
          </caption>
          <thead>
            <tr>
              <th scope="col">Session</th>
              <th scope="col">Group</th>
              <th scope="col">Signed by</th>
              <th scope="col">Waiting</th>
              <th scope="col">Risk</th>
            </tr>
          </thead>
          <tbody>
            @for (item of items; track item.sessionId) {
              <tr [class.concern]="item.riskLevel === 'concern'">
                <th scope="row">
                  <a [routerLink]="['/sessions', item.sessionId]">{{ formatDate(item.heldOn) }}</a>
                </th>
                <td>{{ item.groupName }}</td>
                <td>{{ item.signedBy.displayName }}</td>
                <td>{{ waiting(item.signedAt) }}</td>
                <td>
                  @if (item.riskLevel === 'concern') {
                    <span class="badge">Risk concern</span>
                  } @else {
                    None
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
    } @else {
      <div class="ch-skeleton" aria-busy="true"><span class="ch-visually-hidden" role="status">Loading the queue…</span></div>
    }
    <ch-supervised-alerts />
    <ch-supervision-pack-panel />
  `,
  styles: [
    `
      :host {
        display: flex;
        flex-direction: column;
        gap: 1.5rem;
        max-width: 64rem;
      }
      h1 {
        margin: 0;
        font-size: 1.5rem;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        background: var(--ch-surface);
      }
      th,
      td {
        padding: 0.625rem 0.75rem;
        border-bottom: 1px solid var(--ch-border);
        text-align: left;
      }
      thead th {
        color: var(--ch-text-muted);
        font-size: 0.875rem;
      }
      tr.concern th[scope='row'] {
        border-left: 4px solid var(--ch-danger);
      }
      .badge {
        padding: 0.125rem 0.5rem;
        border: 1px solid var(--ch-danger);
        border-radius: 999px;
        color: var(--ch-danger);
        font-size: 0.8125rem;
        font-weight: 600;
        white-space: nowrap;
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewQueuePage {
  private readonly sessionsApi = inject(SessionsApi);

  protected readonly queue = resource({ loader: () => this.sessionsApi.reviewQueue() });
  protected readonly error = computed(() => (this.queue.error() ? problemMessage(this.queue.error()) : null));
  protected readonly formatDate = formatIsoDate;

  protected waiting(signedAt: string): string {
    const days = Math.floor((Date.now() - new Date(signedAt).getTime()) / DAY_MS);
    return days <= 0 ? 'Today' : days === 1 ? '1 day' : `${days} days`;
  }
}
