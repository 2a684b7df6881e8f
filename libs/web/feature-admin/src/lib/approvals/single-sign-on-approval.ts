import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { AdminApi, AuthStore, problemMessage } from '@cohesion/web/data-access';
import { ChButton, formatClinicDateTime } from '@cohesion/web/ui';

/**
 * A director's decision on the identity provider an admin connected: it decides who people are when they sign in
 * through it, so it signs nobody in until a director approves it. Shown only while one waits.
 */
@Component({
  selector: 'ch-single-sign-on-approval',
  imports: [ChButton],
  template: `
    @if (waiting(); as provider) {
      <section class="ch-panel" aria-labelledby="sso-approval-title">
        <h2 id="sso-approval-title">Single sign-on waits for your decision</h2>
        <p>
          {{ provider.proposedBy }} connected an identity provider on {{ when(provider.proposedAt) }}. It decides who people are when they sign in through it:
          check the issuer and the email domains with {{ provider.proposedBy }} before you approve.
        </p>
        <dl class="facts">
          <dt>Issuer</dt>
          <dd>
            <code>{{ provider.issuer }}</code>
          </dd>
          <dt>Client ID</dt>
          <dd>
            <code>{{ provider.clientId }}</code>
          </dd>
          <dt>Email domains</dt>
          <dd>{{ provider.allowedDomains.join(', ') }}</dd>
          <dt>Staff may also sign in with a password</dt>
          <dd>{{ provider.passwordSignIn ? 'Yes' : 'No (admins still may)' }}</dd>
          <dt>The provider's multi-factor sign-in replaces Cohesion's second factor</dt>
          <dd>{{ provider.trustProviderMfa ? 'Yes' : 'No' }}</dd>
        </dl>
        <div class="ch-actions">
          <button chButton variant="primary" type="button" [disabled]="busy()" (click)="decide(provider.proposedAt, 'approve')">Approve single sign-on</button>
          <button chButton type="button" [disabled]="busy()" (click)="decide(provider.proposedAt, 'decline')">Decline</button>
        </div>
      </section>
    }
    <div class="ch-outcome" [attr.role]="message()?.kind === 'error' ? 'alert' : 'status'" [class.ch-outcome--error]="message()?.kind === 'error'">
      {{ message()?.text }}
    </div>
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: minmax(10rem, max-content) 1fr;
      gap: 0.5rem 1.5rem;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SingleSignOnApproval {
  private readonly admin = inject(AdminApi);
  private readonly timeZone = inject(AuthStore).user()?.timeZone;

  private readonly settings = resource({ loader: () => this.admin.singleSignOn() });
  protected readonly waiting = computed(() => {
    const provider = this.settings.value()?.provider;
    return provider?.status === 'awaiting_approval' ? provider : null;
  });
  protected readonly message = signal<{ kind: 'done' | 'error'; text: string } | null>(null);
  protected readonly busy = signal(false);

  protected when(at: string): string {
    return formatClinicDateTime(at, this.timeZone);
  }

  protected async decide(proposedAt: string, decision: 'approve' | 'decline'): Promise<void> {
    this.busy.set(true);
    try {
      this.settings.set(await this.admin.decideSingleSignOn(proposedAt, decision));
      this.message.set({
        kind: 'done',
        text:
          decision === 'approve'
            ? 'Single sign-on is approved: people of its email domains can sign in through the provider now.'
            : 'Single sign-on is declined and removed: everyone signs in with their password.',
      });
    } catch (error) {
      this.message.set({ kind: 'error', text: problemMessage(error) });
      this.settings.reload();
    } finally {
      this.busy.set(false);
    }
  }
}
