import { ChangeDetectionStrategy, Component, ElementRef, inject, output, signal, viewChild } from '@angular/core';
import type { SecondFactorEnrollment } from '@cohesion/contracts';
import { AuthStore } from '@cohesion/web/data-access';
import { ChButton } from '@cohesion/web/ui';

type Step = 'start' | 'scan' | 'recovery-codes';

/**
 * Enrolling an authenticator app: a QR code (and the secret for typing), a code from the app to confirm it, then the
 * recovery codes, shown once. Emits `done` when the person says they saved the codes.
 */
@Component({
  selector: 'ch-authenticator-enrollment',
  imports: [ChButton],
  templateUrl: './authenticator-enrollment.html',
  styleUrl: '../auth-forms.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuthenticatorEnrollment {
  private readonly auth = inject(AuthStore);
  private readonly codeInput = viewChild<ElementRef<HTMLInputElement>>('codeInput');

  readonly done = output<void>();

  protected readonly step = signal<Step>('start');
  protected readonly enrollment = signal<SecondFactorEnrollment | null>(null);
  protected readonly recoveryCodes = signal<string[]>([]);
  protected readonly busy = signal(false);
  protected readonly errorMessage = signal('');

  protected async start(): Promise<void> {
    this.busy.set(true);
    const result = await this.auth.beginEnrollment();
    this.busy.set(false);
    if (!result.ok) {
      this.errorMessage.set(result.message);
      return;
    }
    this.errorMessage.set('');
    this.enrollment.set(result.value);
    this.step.set('scan');
    setTimeout(() => this.codeInput()?.nativeElement.focus());
  }

  protected async confirm(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = this.codeInput()?.nativeElement;
    const code = input?.value.replace(/\s/g, '') ?? '';
    if (!/^\d{6}$/.test(code)) {
      this.errorMessage.set('Enter the six digits your authenticator app shows.');
      input?.focus();
      return;
    }
    this.busy.set(true);
    const result = await this.auth.confirmEnrollment(code);
    this.busy.set(false);
    if (!result.ok) {
      this.errorMessage.set(result.message);
      input?.select();
      return;
    }
    this.errorMessage.set('');
    this.recoveryCodes.set(result.value);
    this.step.set('recovery-codes');
  }
}
