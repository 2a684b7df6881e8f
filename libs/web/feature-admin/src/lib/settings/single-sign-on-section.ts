import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, resource, signal, viewChild } from '@angular/core';
import type { UpdateSingleSignOnRequest } from '@cohesion/contracts';
import { AdminApi, AuthStore, problemMessage, readProblem } from '@cohesion/web/data-access';
import { ChButton, formatClinicDateTime } from '@cohesion/web/ui';

type Field = 'issuer' | 'clientId' | 'clientSecret' | 'allowedDomains';

/** Admins connect the organization's OpenID provider (Microsoft Entra ID, Google Workspace, Okta) or remove it. */
@Component({
  selector: 'ch-single-sign-on-section',
  imports: [ChButton],
  templateUrl: './single-sign-on-section.html',
  styleUrl: './settings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SingleSignOnSection {
  private readonly admin = inject(AdminApi);
  private readonly timeZone = inject(AuthStore).user()?.timeZone;
  private readonly confirmRemoval = viewChild<unknown, ElementRef<HTMLElement>>('confirmRemoval', { read: ElementRef });

  protected readonly settings = resource({ loader: () => this.admin.singleSignOn() });
  protected readonly loadError = computed(() => (this.settings.error() ? problemMessage(this.settings.error()) : null));
  protected readonly fieldErrors = signal<Partial<Record<Field, string>>>({});
  protected readonly message = signal<{ kind: 'done' | 'error'; text: string } | null>(null);
  protected readonly busy = signal(false);
  protected readonly confirmingRemoval = signal(false);

  protected when(at: string | null): string {
    return at ? formatClinicDateTime(at, this.timeZone) : '';
  }

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const text = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    const checked = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).checked;
    const clientSecret = text('clientSecret');
    const request: UpdateSingleSignOnRequest = {
      issuer: text('issuer'),
      clientId: text('clientId'),
      allowedDomains: text('allowedDomains')
        .toLowerCase()
        .split(/[\s,;]+/)
        .filter(Boolean),
      passwordSignIn: checked('passwordSignIn'),
      trustProviderMfa: checked('trustProviderMfa'),
      ...(clientSecret ? { clientSecret } : {}),
    };
    await this.run(form, async () => {
      const saved = await this.admin.updateSingleSignOn(request);
      this.settings.set(saved);
      (form.elements.namedItem('clientSecret') as HTMLInputElement).value = '';
      return saved.provider?.status === 'active'
        ? 'Single sign-on saved: the provider answered. People of these domains sign in through it as before.'
        : 'Single sign-on saved: the provider answered. A clinical director approves it (they were emailed) before anyone signs in through it.';
    });
  }

  protected askToRemove(): void {
    this.confirmingRemoval.set(true);
    setTimeout(() => this.confirmRemoval()?.nativeElement.focus());
  }

  protected async remove(form: HTMLFormElement): Promise<void> {
    await this.run(form, async () => {
      this.settings.set(await this.admin.removeSingleSignOn());
      this.confirmingRemoval.set(false);
      return 'Single sign-on removed: everyone signs in with their password again.';
    });
  }

  private async run(form: HTMLFormElement, change: () => Promise<string>): Promise<void> {
    this.busy.set(true);
    this.message.set(null);
    this.fieldErrors.set({});
    try {
      this.message.set({ kind: 'done', text: await change() });
    } catch (error) {
      const errors = readProblem(error)?.errors ?? [];
      this.fieldErrors.set(Object.fromEntries(errors.map(({ field, message }) => [field, message])));
      this.message.set({ kind: 'error', text: errors.length ? 'Nothing was saved: correct the fields marked below.' : problemMessage(error) });
      const firstInvalid = errors[0] && (form.elements.namedItem(errors[0].field) as HTMLElement | null);
      firstInvalid?.focus();
    } finally {
      this.busy.set(false);
    }
  }
}
