import { ChangeDetectionStrategy, Component, inject, resource, signal } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { AuthStore } from '@cohesion/web/data-access';
import { HOME_URL } from '../auth.guards';
import { NewPasswordForm } from '../new-password/new-password-form';

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
  imports: [NewPasswordForm],
  templateUrl: './welcome-page.html',
  styleUrl: '../auth-forms.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WelcomePage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly token = tokenOf(inject(ActivatedRoute).snapshot.fragment);

  protected readonly invitation = resource({
    loader: async () => {
      if (!this.token)
        return { ok: false as const, message: 'This link is incomplete. Open the whole link you were given, or ask your administrator for a new one.' };
      return this.auth.invitation(this.token);
    },
  });
  protected readonly submitting = signal(false);
  protected readonly errorMessage = signal('');

  protected async choosePassword(password: string): Promise<void> {
    if (this.submitting() || !this.token) return;
    this.errorMessage.set('');
    this.submitting.set(true);
    const result = await this.auth.acceptInvitation(this.token, password);
    this.submitting.set(false);
    if (!result.ok) return this.errorMessage.set(result.message);
    // An authenticator still owed is enrolled on the sign-in page; an unapproved role waits on its own page.
    const next = { 'second-factor': '/sign-in', 'awaiting-approval': '/awaiting-approval' }[this.auth.status() as string] ?? HOME_URL;
    await this.router.navigateByUrl(next, { replaceUrl: true });
  }
}
