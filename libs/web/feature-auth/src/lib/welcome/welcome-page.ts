import { ChangeDetectionStrategy, Component, ElementRef, inject, resource, signal, viewChild } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { AuthStore } from '@cohesion/web/data-access';
import { ChButton } from '@cohesion/web/ui';
import { HOME_URL } from '../auth.guards';

/** The token of an invitation link, which follows `#token=`: browsers never send what follows `#` to a server. */
function tokenOf(fragment: string | null): string | null {
  return new URLSearchParams(fragment ?? '').get('token');
}

/**
 * Where an invitation link leads: the new colleague chooses their own password (nobody else ever knows it) and is
 * signed in; an authenticator, where their role needs one, comes next, and a clinical role waits for a director.
 */
@Component({
  selector: 'ch-welcome-page',
  imports: [ChButton],
  templateUrl: './welcome-page.html',
  styleUrl: '../auth-forms.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WelcomePage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly token = tokenOf(inject(ActivatedRoute).snapshot.fragment);
  private readonly passwordInput = viewChild<ElementRef<HTMLInputElement>>('passwordInput');
  private readonly repeatInput = viewChild<ElementRef<HTMLInputElement>>('repeatInput');

  protected readonly invitation = resource({
    loader: async () => {
      if (!this.token)
        return { ok: false as const, message: 'This link is incomplete. Open the whole link you were given, or ask your administrator for a new one.' };
      return this.auth.invitation(this.token);
    },
  });
  protected readonly submitting = signal(false);
  protected readonly errorMessage = signal('');

  protected async choosePassword(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.submitting() || !this.token) return;
    const password = this.passwordInput()?.nativeElement.value ?? '';
    const repeated = this.repeatInput()?.nativeElement.value ?? '';
    if (password.length < 12) return this.refuse('Choose a password of at least 12 characters; a few words in a row work well.', this.passwordInput());
    if (password !== repeated) return this.refuse('The two passwords differ. Type the same password twice.', this.repeatInput());
    this.errorMessage.set('');
    this.submitting.set(true);
    const result = await this.auth.acceptInvitation(this.token, password);
    this.submitting.set(false);
    if (!result.ok) return this.refuse(result.message, this.passwordInput());
    // An authenticator still owed is enrolled on the sign-in page; an unapproved role waits on its own page.
    const next = { 'second-factor': '/sign-in', 'awaiting-approval': '/awaiting-approval' }[this.auth.status() as string] ?? HOME_URL;
    await this.router.navigateByUrl(next, { replaceUrl: true });
  }

  private refuse(message: string, field: ElementRef<HTMLInputElement> | undefined): void {
    this.errorMessage.set(message);
    field?.nativeElement.select();
  }
}
