import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, linkedSignal, signal, viewChild } from '@angular/core';
import type { SecondFactorState } from '@cohesion/contracts';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AuthStore, BrowserNavigation } from '@cohesion/web/data-access';
import { ChButton } from '@cohesion/web/ui';
import { safeReturnUrl } from '../auth.guards';
import { AuthenticatorEnrollment } from '../enrollment/authenticator-enrollment';

/** Which part of signing in is on screen: the password, the code it still owes, or enrolling an authenticator. */
type SignInStep = 'password' | 'code' | 'enrollment';

/** Email and password, then the second factor when one is owed; on success goes to `returnUrl` or home. */
@Component({
  selector: 'ch-sign-in-page',
  imports: [ChButton, AuthenticatorEnrollment, RouterLink],
  templateUrl: './sign-in-page.html',
  styleUrl: '../auth-forms.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly navigation = inject(BrowserNavigation);
  private readonly emailInput = viewChild<ElementRef<HTMLInputElement>>('emailInput');
  private readonly passwordInput = viewChild<ElementRef<HTMLInputElement>>('passwordInput');
  private readonly codeInput = viewChild<ElementRef<HTMLInputElement>>('codeInput');

  /** Enrollment stays on screen after it verifies the session: the recovery codes are shown there, once. */
  private readonly enrolling = linkedSignal<SecondFactorState | undefined, boolean>({
    source: () => this.auth.user()?.secondFactor,
    computation: (owed, previous) => owed === 'enrollment_required' || (owed === 'verified' && previous?.value === true),
  });
  protected readonly step = computed<SignInStep>(() => {
    if (this.enrolling()) return 'enrollment';
    return this.auth.status() === 'second-factor' && this.auth.user()?.secondFactor === 'pending' ? 'code' : 'password';
  });
  protected readonly heading = computed(() => ({ password: 'Sign in', code: 'Enter your code', enrollment: 'Set up a second factor' })[this.step()]);
  protected readonly usingRecoveryCode = signal(false);
  protected readonly submitting = signal(false);
  protected readonly errorMessage = signal('');

  protected async signIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.submitting()) return;
    const email = this.emailInput()?.nativeElement.value.trim() ?? '';
    const password = this.passwordInput()?.nativeElement.value ?? '';
    if (!email || !password) {
      this.errorMessage.set('Enter your email and password.');
      (email ? this.passwordInput() : this.emailInput())?.nativeElement.focus();
      return;
    }

    this.errorMessage.set('');
    this.submitting.set(true);
    const result = await this.auth.signIn(email, password);
    this.submitting.set(false);
    if (!result.ok) {
      this.errorMessage.set(result.message);
      this.passwordInput()?.nativeElement.select();
    } else if (this.auth.status() !== 'second-factor') {
      await this.continue();
    } else {
      setTimeout(() => this.codeInput()?.nativeElement.focus());
    }
  }

  /** Sends the browser to the identity provider of the organization that signs in this email's domain. */
  protected async signInThroughProvider(): Promise<void> {
    if (this.submitting()) return;
    const email = this.emailInput()?.nativeElement.value.trim() ?? '';
    if (!email) {
      this.errorMessage.set('Enter your work email first: it tells Cohesion which organization’s sign-in to open.');
      this.emailInput()?.nativeElement.focus();
      return;
    }
    this.errorMessage.set('');
    this.submitting.set(true);
    const result = await this.auth.startSingleSignOn(email);
    if (result.ok) {
      this.navigation.leaveFor(result.value);
    } else {
      this.submitting.set(false);
      this.errorMessage.set(result.message);
    }
  }

  protected async proveCode(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.submitting()) return;
    const input = this.codeInput()?.nativeElement;
    const typed = input?.value.trim() ?? '';
    const code = typed.replace(/\s/g, '');
    if (this.usingRecoveryCode() ? typed.length < 10 : !/^\d{6}$/.test(code)) {
      this.errorMessage.set(
        this.usingRecoveryCode() ? 'Enter one of your recovery codes, like abcde-fghjk.' : 'Enter the six digits your authenticator app shows.',
      );
      input?.focus();
      return;
    }
    this.errorMessage.set('');
    this.submitting.set(true);
    const result = await this.auth.proveSecondFactor(this.usingRecoveryCode() ? { recoveryCode: typed } : { code });
    this.submitting.set(false);
    if (result.ok) {
      await this.continue();
    } else {
      this.errorMessage.set(result.message);
      input?.select();
    }
  }

  protected toggleRecoveryCode(): void {
    this.usingRecoveryCode.update((using) => !using);
    this.errorMessage.set('');
    setTimeout(() => {
      const input = this.codeInput()?.nativeElement;
      if (input) {
        input.value = '';
        input.focus();
      }
    });
  }

  /** Leaves a half-finished sign-in: the session that owes its factor ends. */
  protected async startOver(): Promise<void> {
    await this.auth.signOut();
    this.usingRecoveryCode.set(false);
    this.errorMessage.set('');
  }

  protected async continue(): Promise<void> {
    await this.router.navigateByUrl(safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl')));
  }
}
