import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, input, output, signal, viewChild } from '@angular/core';
import { ChButton } from '@cohesion/web/ui';

const MIN_LENGTH = 12;

/**
 * A new password typed twice, checked here for length and sameness before anything is sent; what the server then
 * refuses (a breached password, a dead link) is shown in the same place. Used wherever a person chooses their own
 * password through a link: an invitation, a password reset.
 */
@Component({
  selector: 'ch-new-password-form',
  imports: [ChButton],
  template: `
    <form class="form" novalidate (submit)="submit($event)">
      <ng-content />
      <div class="field">
        <label [for]="idPrefix() + '-password'">New password</label>
        <input
          #passwordInput
          [id]="idPrefix() + '-password'"
          name="password"
          type="password"
          autocomplete="new-password"
          required
          [attr.aria-describedby]="idPrefix() + '-hint ' + idPrefix() + '-error'"
          [attr.aria-invalid]="message() ? 'true' : null"
        />
        <p [id]="idPrefix() + '-hint'" class="hint">At least 12 characters and not a common password; a few words in a row work well.</p>
      </div>
      <div class="field">
        <label [for]="idPrefix() + '-repeat'">The same password again</label>
        <input
          #repeatInput
          [id]="idPrefix() + '-repeat'"
          name="repeat"
          type="password"
          autocomplete="new-password"
          required
          [attr.aria-describedby]="idPrefix() + '-error'"
          [attr.aria-invalid]="message() ? 'true' : null"
        />
      </div>
      <div [id]="idPrefix() + '-error'" class="error" role="alert" [class.error--shown]="message()">{{ message() }}</div>
      <button chButton variant="primary" type="submit" class="submit" [disabled]="busy()">{{ submitLabel() }}</button>
    </form>
  `,
  styleUrl: '../auth-forms.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewPasswordForm {
  /** Prefix of the fields' ids, unique on the page. */
  readonly idPrefix = input.required<string>();
  readonly submitLabel = input.required<string>();
  readonly busy = input(false);
  /** Why the server refused the password last chosen; empty while none is refused. */
  readonly refusal = input('');
  /** A password that passed the checks made here. */
  readonly chosen = output<string>();

  private readonly passwordInput = viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');
  private readonly repeatInput = viewChild.required<ElementRef<HTMLInputElement>>('repeatInput');
  private readonly problem = signal('');
  protected readonly message = computed(() => this.problem() || this.refusal());

  constructor() {
    effect(() => {
      if (this.refusal()) this.passwordInput().nativeElement.select();
    });
  }

  protected submit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.busy()) return;
    const password = this.passwordInput().nativeElement.value;
    if (password.length < MIN_LENGTH) return this.refuse('Choose a password of at least 12 characters; a few words in a row work well.', this.passwordInput());
    if (password !== this.repeatInput().nativeElement.value) return this.refuse('The two passwords differ. Type the same password twice.', this.repeatInput());
    this.problem.set('');
    this.chosen.emit(password);
  }

  private refuse(message: string, field: ElementRef<HTMLInputElement>): void {
    this.problem.set(message);
    field.nativeElement.select();
  }
}
