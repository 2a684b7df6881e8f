import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { todayIsoDateIn } from '@cohesion/domain';
import { NgTemplateOutlet } from '@angular/common';
import { RouterLink } from '@angular/router';
import { AnalyticsApi, AuthStore, problemMessage } from '@cohesion/web/data-access';
import { ChButton, formatIsoDate, reasonLabel } from '@cohesion/web/ui';
import { alertFollowUp } from './alert-follow-up';

const days = (count: number) => (count === 1 ? '1 day' : `${count} days`);

/** The check-ins of the supervised facilitators' groups: what is still open and for how long, and what was done. */
@Component({
  selector: 'ch-supervised-alerts',
  imports: [ChButton, NgTemplateOutlet, RouterLink],
  templateUrl: './supervised-alerts.html',
  styles: [
    `
      :host {
        display: block;
      }
      h2 {
        margin: 0 0 0.5rem;
        font-size: 1.125rem;
      }
      h3 {
        margin: 1.25rem 0 0.5rem;
        font-size: 1rem;
      }
      .summary {
        margin: 0;
        color: var(--ch-text-muted);
      }
      .num {
        text-align: right;
        white-space: nowrap;
      }
      code {
        white-space: nowrap;
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupervisedAlerts {
  private readonly analytics = inject(AnalyticsApi);
  private readonly timeZone = inject(AuthStore).user()?.timeZone ?? 'UTC';

  protected readonly alerts = resource({ loader: async () => (await this.analytics.checkIns({ status: 'all' })).items });
  protected readonly followUp = computed(() => (this.alerts.hasValue() ? alertFollowUp(this.alerts.value(), todayIsoDateIn(this.timeZone)) : null));
  protected readonly error = computed(() => (this.alerts.error() ? problemMessage(this.alerts.error()) : null));
  protected readonly summary = computed(() => {
    const followUp = this.followUp();
    if (!followUp) return '';
    const open = `${followUp.open.length} open`;
    return followUp.medianDaysToAction === null ? open : `${open} · acted on ${days(followUp.medianDaysToAction)} after the session (median)`;
  });
  protected readonly formatDate = formatIsoDate;
  protected readonly days = days;
  protected readonly reasonLabel = reasonLabel;
}
