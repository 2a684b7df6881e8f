import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { AuthStore } from '@cohesion/web/data-access';
import { ChButton } from '@cohesion/web/ui';
import { safeReturnUrl } from '../auth.guards';

/** Email and password sign-in; on success goes to `returnUrl` or home. */
@Component({
  selector: 'ch-sign-in-page',
  imports: [ChButton],
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly emailInput = viewChild.required<ElementRef<HTMLInputElement>>('emailInput');
  private readonly passwordInput = viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');

  protected readonly submitting = signal(false);
  protected readonly errorMessage = signal('');

  protected async signIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.submitting()) return;
    const email = this.emailInput().nativeElement.value.trim();
    const password = this.passwordInput().nativeElement.value;
    if (!email || !password) {
      this.errorMessage.set('Enter your email and password.');
      (email ? this.passwordInput() : this.emailInput()).nativeElement.focus();
      return;
    }

    this.errorMessage.set('');
    this.submitting.set(true);
    const result = await this.auth.signIn(email, password);
    this.submitting.set(false);
    if (result.ok) {
      await this.router.navigateByUrl(safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl')));
    } else {
      this.errorMessage.set(result.message);
      this.passwordInput().nativeElement.select();
    }
  }
}
