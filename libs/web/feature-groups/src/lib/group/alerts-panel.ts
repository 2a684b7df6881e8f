import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import type { CheckIn } from '@cohesion/contracts';
import { reasonLabel } from '@cohesion/web/ui';
import { AnalyticsApi, AuthStore, problemMessage } from '@cohesion/web/data-access';
import { ChButton, formatIsoDate } from '@cohesion/web/ui';

/** The group's open check-ins, each with its reasons in plain words, and acknowledging one (all its reasons) with the action taken. */
@Component({
  selector: 'ch-alerts-panel',
  imports: [ChButton],
  templateUrl: './alerts-panel.html',
  styleUrl: './alerts-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertsPanel {
  private readonly analytics = inject(AnalyticsApi);
  private readonly auth = inject(AuthStore);

  /** null while loading. */
  readonly alerts = input.required<readonly CheckIn[] | null>();
  readonly error = input<unknown>(undefined);
  /** A check-in was acknowledged: the list is out of date. */
  readonly changed = output<void>();
  readonly retry = output<void>();

  /** Facilitators and supervisors act on check-ins; directors read them. */
  protected readonly canAcknowledge = computed(() => ['facilitator', 'supervisor'].includes(this.auth.user()?.role ?? ''));
  protected readonly errorMessage = computed(() => (this.error() ? problemMessage(this.error()) : null));
  protected readonly acknowledging = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly saveError = signal('');
  protected readonly formatDate = formatIsoDate;
  protected readonly reasonLabel = reasonLabel;

  protected open(alertId: string): void {
    this.saveError.set('');
    this.acknowledging.set(alertId);
  }

  protected async acknowledge(event: SubmitEvent, alert: CheckIn): Promise<void> {
    event.preventDefault();
    const field = (event.target as HTMLFormElement).elements.namedItem('action') as HTMLTextAreaElement;
    const action = field.value.trim();
    if (!action) {
      this.saveError.set('Say what you did or will do, for example “Called them on Wednesday”.');
      field.focus();
      return;
    }
    this.saving.set(true);
    try {
      await this.analytics.acknowledgeCheckIn(alert.id, action);
      this.acknowledging.set(null);
      this.changed.emit();
    } catch (error) {
      this.saveError.set(problemMessage(error));
      field.focus();
    } finally {
      this.saving.set(false);
    }
  }
}
