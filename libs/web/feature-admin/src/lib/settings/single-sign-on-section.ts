import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import type { UpdateSingleSignOnRequest } from '@cohesion/contracts';
import { AdminApi, problemMessage, readProblem } from '@cohesion/web/data-access';
import { ChButton } from '@cohesion/web/ui';

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

  protected readonly settings = resource({ loader: () => this.admin.singleSignOn() });
  protected readonly loadError = computed(() => (this.settings.error() ? problemMessage(this.settings.error()) : null));
  protected readonly fieldErrors = signal<Partial<Record<Field, string>>>({});
  protected readonly message = signal<{ kind: 'done' | 'error'; text: string } | null>(null);
  protected readonly busy = signal(false);

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
      this.settings.set(await this.admin.updateSingleSignOn(request));
      (form.elements.namedItem('clientSecret') as HTMLInputElement).value = '';
      return 'Single sign-on saved: the provider answered. People of these domains can sign in through it now.';
    });
  }

  protected async remove(form: HTMLFormElement): Promise<void> {
    await this.run(form, async () => {
      this.settings.set(await this.admin.removeSingleSignOn());
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
