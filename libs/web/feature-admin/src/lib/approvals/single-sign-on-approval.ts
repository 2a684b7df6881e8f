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
          <bdi>{{ provider.proposedBy }}</bdi> (<bdi>{{ provider.proposedByEmail }}</bdi
          >) {{ provider.previouslyApproved ? 'changed the approved identity provider' : 'connected an identity provider' }} on {{ when(provider.proposedAt) }}.
          It decides who people are when they sign in through it: check the issuer and the email domains with them before you approve.
        </p>
        <dl class="facts">
          <dt>Issuer</dt>
          <dd>
            <code dir="ltr">{{ provider.issuer }}</code>
            @if (was(provider.previouslyApproved?.issuer, provider.issuer); as before) {
              <span class="was"
                >&ngsp;(changed; approved was <code dir="ltr">{{ before }}</code>)</span
              >
            }
          </dd>
          <dt>Client ID</dt>
          <dd>
            <code dir="ltr">{{ provider.clientId }}</code>
            @if (was(provider.previouslyApproved?.clientId, provider.clientId); as before) {
              <span class="was"
                >&ngsp;(changed; approved was <code dir="ltr">{{ before }}</code>)</span
              >
            }
          </dd>
          <dt>Email domains</dt>
          <dd>
            <ul class="domains">
              @for (domain of provider.allowedDomains; track domain) {
                <li>
                  <code dir="ltr">{{ domain }}</code>
                  @if (provider.previouslyApproved && !provider.previouslyApproved.allowedDomains.includes(domain)) {
                    <strong class="was">&ngsp;(new)</strong>
                  }
                </li>
              }
            </ul>
          </dd>
          <dt>Staff may also sign in with a password</dt>
          <dd>{{ provider.passwordSignIn ? 'Yes' : 'No (admins still may)' }}</dd>
          <dt>The provider's multi-factor sign-in replaces Cohesion's second factor</dt>
          <dd>
            {{ provider.trustProviderMfa ? 'Yes' : 'No' }}
            @if (provider.previouslyApproved && provider.previouslyApproved.trustProviderMfa !== provider.trustProviderMfa) {
              <strong class="was">&ngsp;(changed)</strong>
            }
          </dd>
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
    .domains {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .was {
      margin-left: 0.5rem;
      color: var(--ch-danger);
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

  /** The approved value when this proposal changes it, else null. */
  protected was(approved: string | undefined, proposed: string): string | null {
    return approved !== undefined && approved !== proposed ? approved : null;
  }

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
