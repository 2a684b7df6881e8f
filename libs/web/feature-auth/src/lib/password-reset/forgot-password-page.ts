import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore, DemoMailApi } from '@cohesion/web/data-access';
import { ChButton } from '@cohesion/web/ui';

/** Forgot password: the person gives their email and receives a link; the page says the same whether or not it has an account. */
@Component({
  selector: 'ch-forgot-password-page',
  imports: [ChButton, RouterLink],
  template: `
    <main id="main" class="page">
      <div class="panel">
        <p class="product">Cohesion</p>
        <h1>Forgot your password?</h1>
        @if (sentTo(); as email) {
          <p role="status">
            If {{ email }} belongs to a Cohesion account, an email with a link to choose a new password is on its way. The link works once, for 30 minutes.
          </p>
          @if (demo()) {
            <p>This is the demo: nothing leaves the machine. Read the email in the <a routerLink="/mailbox">demo mailbox</a>.</p>
          }
          <p><a routerLink="/sign-in">Back to sign-in</a></p>
        } @else {
          <p class="hint">Give the email you sign in with. We will send you a link to choose a new password. Your authenticator stays as it is.</p>
          <form class="form" novalidate (submit)="send($event)">
            <div class="field">
              <label for="forgot-email">Email</label>
              <input
                #emailInput
                id="forgot-email"
                name="email"
                type="email"
                autocomplete="username"
                required
                aria-describedby="forgot-error"
                [attr.aria-invalid]="errorMessage() ? 'true' : null"
              />
            </div>
            <div id="forgot-error" class="error" role="alert" [class.error--shown]="errorMessage()">{{ errorMessage() }}</div>
            <button chButton variant="primary" type="submit" class="submit" [disabled]="submitting()">Send the link</button>
          </form>
          <p class="hint"><a routerLink="/sign-in">Back to sign-in</a></p>
        }
      </div>
    </main>
  `,
  styleUrl: '../auth-forms.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgotPasswordPage {
  private readonly auth = inject(AuthStore);
  private readonly demoMail = inject(DemoMailApi);
  private readonly emailInput = viewChild<ElementRef<HTMLInputElement>>('emailInput');

  protected readonly submitting = signal(false);
  protected readonly errorMessage = signal('');
  protected readonly sentTo = signal<string | null>(null);
  protected readonly demo = signal(false);

  protected async send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.submitting()) return;
    const email = this.emailInput()?.nativeElement.value.trim() ?? '';
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
      this.errorMessage.set('Give the email address you sign in with, such as ana@clinic.org.');
      this.emailInput()?.nativeElement.focus();
      return;
    }
    this.errorMessage.set('');
    this.submitting.set(true);
    const result = await this.auth.requestPasswordReset(email);
    this.submitting.set(false);
    if (!result.ok) {
      this.errorMessage.set(result.message);
      return;
    }
    this.sentTo.set(email);
    this.demo.set((await this.demoMail.mailbox().catch(() => null)) !== null);
  }
}
