import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { map, tap } from 'rxjs';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { AuthStore } from '@cohesion/web/data-access';
import { NewPasswordForm } from '../new-password/new-password-form';

/** Where a password-reset email leads: the person chooses a new password; every session of the account ends. */
@Component({
  selector: 'ch-reset-password-page',
  imports: [NewPasswordForm, RouterLink],
  template: `
    <main id="main" class="page">
      <div class="panel">
        <p class="product">Cohesion</p>
        <h1>Choose a new password</h1>
        @if (done()) {
          <p role="status">Your password is changed, and you are signed out everywhere. Sign in with the new password.</p>
          <p><a routerLink="/sign-in">Go to sign-in</a></p>
        } @else if (!token()) {
          <p role="alert">This link is incomplete. Open the whole link from the email, or ask for a new one.</p>
          <p><a routerLink="/forgot-password">Ask for a new link</a></p>
        } @else {
          <ch-new-password-form
            idPrefix="reset"
            submitLabel="Set the new password"
            [busy]="submitting()"
            [refusal]="errorMessage()"
            (chosen)="choose($event)"
          />
          <p class="hint">Link expired or used already? <a routerLink="/forgot-password">Ask for a new one</a>.</p>
        }
      </div>
    </main>
  `,
  styleUrl: '../auth-forms.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPage {
  private readonly auth = inject(AuthStore);
  /**
   * The token follows `#token=` (browsers never send what follows `#` to a server); read again when another link opens
   * in the same tab, and then taken out of the address bar and the history.
   */
  protected readonly token = toSignal(
    inject(ActivatedRoute).fragment.pipe(
      map((fragment) => new URLSearchParams(fragment ?? '').get('token')),
      tap((token) => {
        if (token) history.replaceState(history.state, '', location.pathname);
      }),
    ),
    { initialValue: null },
  );

  protected readonly submitting = signal(false);
  protected readonly errorMessage = signal('');
  protected readonly done = signal(false);

  protected async choose(password: string): Promise<void> {
    const token = this.token();
    if (this.submitting() || !token) return;
    this.errorMessage.set('');
    this.submitting.set(true);
    const result = await this.auth.resetPassword(token, password);
    this.submitting.set(false);
    if (result.ok) this.done.set(true);
    else this.errorMessage.set(result.message);
  }
}
