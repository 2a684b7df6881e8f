import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { AuthStore } from '@cohesion/web/data-access';
import { ChButton } from '@cohesion/web/ui';
import { AuthenticatorEnrollment } from '../enrollment/authenticator-enrollment';

/** The signed-in person's own security: their password and their authenticator app. */
@Component({
  selector: 'ch-account-page',
  imports: [ChButton, AuthenticatorEnrollment],
  templateUrl: './account-page.html',
  styleUrls: ['../auth-forms.scss', './account-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPage {
  private readonly auth = inject(AuthStore);
  private readonly currentPassword = viewChild.required<ElementRef<HTMLInputElement>>('currentPassword');
  private readonly newPassword = viewChild.required<ElementRef<HTMLInputElement>>('newPassword');

  protected readonly user = this.auth.user;
  /** Read once: enrolling here turns the user enrolled, and the recovery codes must stay on screen until dismissed. */
  protected readonly enrolledBefore = this.auth.user()?.secondFactorEnrolled ?? false;
  protected readonly saving = signal(false);
  protected readonly passwordError = signal('');
  protected readonly passwordSaved = signal(false);
  protected readonly enrollmentFinished = signal(false);

  protected readonly digestSaving = signal(false);
  protected readonly digestOutcome = signal<{ kind: 'done' | 'error'; text: string } | null>(null);

  /** The checkbox stays enabled while saving, so that keyboard focus stays on it and the outcome is announced. */
  protected async setWeeklyDigest(enabled: boolean): Promise<void> {
    this.digestSaving.set(true);
    const result = await this.auth.setWeeklyDigest(enabled);
    this.digestSaving.set(false);
    this.digestOutcome.set(
      result.ok
        ? { kind: 'done', text: enabled ? 'Saved: the weekly email comes on Mondays.' : 'Saved: no weekly email.' }
        : { kind: 'error', text: `Not saved: ${result.message}` },
    );
  }

  protected async changePassword(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    const current = this.currentPassword().nativeElement;
    const next = this.newPassword().nativeElement;
    this.passwordSaved.set(false);
    if (!current.value || next.value.length < 12) {
      this.passwordError.set(!current.value ? 'Enter your current password.' : 'The new password must have at least 12 characters.');
      (!current.value ? current : next).focus();
      return;
    }
    this.saving.set(true);
    const result = await this.auth.changePassword(current.value, next.value);
    this.saving.set(false);
    if (!result.ok) {
      this.passwordError.set(result.message);
      return;
    }
    this.passwordError.set('');
    this.passwordSaved.set(true);
    current.value = '';
    next.value = '';
  }
}
