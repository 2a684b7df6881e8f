import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { AuthStore } from '@cohesion/web/data-access';

/**
 * Where the identity provider sends the browser back (the redirect URI). The page hands the provider's answer to the
 * API, which checks it against the sign-in this browser started, and takes the code out of the address bar and the
 * history at once.
 */
@Component({
  selector: 'ch-single-sign-on-return-page',
  imports: [RouterLink],
  template: `
    <main id="main" class="page">
      <div class="panel">
        <p class="product">Cohesion</p>
        <h1>Single sign-on</h1>
        @if (errorMessage(); as message) {
          <p class="error error--shown" role="alert">{{ message }}</p>
          <p><a routerLink="/sign-in">Back to sign-in</a></p>
        } @else {
          <p role="status" aria-busy="true">Signing you in…</p>
        }
      </div>
    </main>
  `,
  styleUrl: '../auth-forms.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SingleSignOnReturnPage implements OnInit {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  protected readonly errorMessage = signal('');

  async ngOnInit(): Promise<void> {
    const callbackQuery = location.search.replace(/^\?/, '');
    history.replaceState(history.state, '', location.pathname);
    if (!callbackQuery) {
      this.errorMessage.set('This page finishes a single sign-on, and there is none to finish. Start again from the sign-in page.');
      return;
    }
    const result = await this.auth.finishSingleSignOn(callbackQuery);
    if (!result.ok) this.errorMessage.set(result.message);
    // A second factor still owed is asked for on the sign-in page; otherwise the person is in.
    else await this.router.navigateByUrl(this.auth.status() === 'second-factor' ? '/sign-in' : '/');
  }
}
