import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { ADMINISTRATIVE_SETTINGS, CLINICAL_SETTINGS, type OrganizationSettings, type UpdateOrganizationSettingsRequest } from '@cohesion/contracts';
import { supportedTimeZones } from '@cohesion/domain';
import { AdminApi, AuthStore, problemMessage, readProblem } from '@cohesion/web/data-access';
import { ChButton } from '@cohesion/web/ui';
import { SingleSignOnSection } from './single-sign-on-section';

type SettingName = keyof OrganizationSettings;

/** Each setting in the words of its label, for the server's messages ("smallCellK must be at least 5"). */
const LABEL: Readonly<Record<string, string>> = {
  timeZone: 'The time zone',
  smallCellK: 'The smallest cell (k)',
  lowScoreThreshold: 'The low-score threshold',
  reliability: 'The reliability (r)',
};

/** The organization's settings: admins change the time zone, clinical directors the settings that change clinical figures. */
@Component({
  selector: 'ch-settings-page',
  imports: [ChButton, SingleSignOnSection],
  templateUrl: './settings-page.html',
  styleUrl: './settings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SettingsPage {
  private readonly admin = inject(AdminApi);
  private readonly role = inject(AuthStore).user()?.role;
  protected readonly isAdmin = this.role === 'admin';

  protected readonly settings = resource({ loader: () => this.admin.settings() });
  protected readonly loadError = computed(() => (this.settings.error() ? problemMessage(this.settings.error()) : null));
  protected readonly timeZones = supportedTimeZones();
  /** Each field's error, from the last save. */
  protected readonly fieldErrors = signal<Partial<Record<SettingName, string>>>({});
  protected readonly message = signal<{ kind: 'done' | 'error'; text: string } | null>(null);
  protected readonly saving = signal(false);

  /** Whether the signed-in role changes this setting (the others are shown, read-only, with who changes them). */
  protected mayChange(name: SettingName): boolean {
    return this.role === 'admin'
      ? (ADMINISTRATIVE_SETTINGS as readonly string[]).includes(name)
      : this.role === 'director' && (CLINICAL_SETTINGS as readonly string[]).includes(name);
  }

  protected async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = (name: SettingName) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value.trim();
    const request: UpdateOrganizationSettingsRequest = {};
    if (this.mayChange('timeZone')) request.timeZone = value('timeZone');
    for (const name of CLINICAL_SETTINGS) {
      if (this.mayChange(name)) request[name] = value(name) === '' ? Number.NaN : Number(value(name));
    }
    this.saving.set(true);
    this.message.set(null);
    this.fieldErrors.set({});
    try {
      const saved = await this.admin.updateSettings(request);
      this.settings.set(saved);
      this.message.set({ kind: 'done', text: 'Settings saved. They apply from everyone’s next page.' });
    } catch (error) {
      const errors = readProblem(error)?.errors ?? [];
      this.fieldErrors.set(
        Object.fromEntries(
          errors.map(({ field, message }) => [
            field,
            sentence(message.startsWith(field) && LABEL[field] ? LABEL[field] + message.slice(field.length) : message),
          ]),
        ),
      );
      this.message.set({ kind: 'error', text: errors.length ? 'Nothing was saved: correct the fields marked below.' : problemMessage(error) });
      const firstInvalid = errors[0] && (form.elements.namedItem(errors[0].field) as HTMLElement | null);
      firstInvalid?.focus();
    } finally {
      this.saving.set(false);
    }
  }
}

function sentence(text: string): string {
  const capitalized = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capitalized) ? capitalized : `${capitalized}.`;
}
