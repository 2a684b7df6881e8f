import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router } from '@angular/router';
import { AuthStore } from '@cohesion/web/data-access';
import { ChButton, roleLabel } from '@cohesion/web/ui';

/**
 * What an account sees while a clinical role an admin gave it waits for a director's approval: why, and nothing
 * clinical. Checking again asks the server, so an approval shows without signing in anew.
 */
@Component({
  selector: 'ch-awaiting-approval-page',
  imports: [ChButton],
  template: `
    <main id="main" class="page">
      <div class="panel">
        <p class="product">Cohesion</p>
        <h1>Waiting for approval</h1>
        @if (user(); as user) {
          <p>
            Your account ({{ user.email }}) is set up as {{ roleLabel(user.role).toLowerCase() }} at {{ user.organizationName }}. A clinical director approves
            every clinical role before it opens any group, note or figure.
          </p>
          <p class="hint">Ask your clinical director to approve it under Approvals; then check again here.</p>
        }
        <div class="actions">
          <button chButton variant="primary" type="button" (click)="checkAgain()">Check again</button>
          <button chButton variant="quiet" type="button" (click)="signOut()">Sign out</button>
        </div>
      </div>
    </main>
  `,
  styleUrl: '../auth-forms.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AwaitingApprovalPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  protected readonly user = this.auth.user;
  protected readonly roleLabel = roleLabel;

  protected async checkAgain(): Promise<void> {
    await this.auth.restore();
    if (this.auth.status() !== 'awaiting-approval') await this.router.navigateByUrl('/');
  }

  protected async signOut(): Promise<void> {
    await this.auth.signOut();
    await this.router.navigateByUrl('/sign-in');
  }
}
