import { Injectable } from '@nestjs/common';
import { ADMINISTRATIVE_SETTINGS, CLINICAL_SETTINGS, type OrganizationSettings } from '@cohesion/contracts';
import type { Role } from '@cohesion/domain';
import type { Actor } from '../../common/actor';
import { AccessException } from './access.exception';

type SettingName = keyof OrganizationSettings;

/** Who changes which setting: admins run the organization (its time zone); clinical directors change clinical figures. */
const CHANGED_BY: Readonly<Record<SettingName, Role>> = {
  ...(Object.fromEntries(ADMINISTRATIVE_SETTINGS.map((name) => [name, 'admin'])) as Record<(typeof ADMINISTRATIVE_SETTINGS)[number], Role>),
  ...(Object.fromEntries(CLINICAL_SETTINGS.map((name) => [name, 'director'])) as Record<(typeof CLINICAL_SETTINGS)[number], Role>),
};

/** Separation of duties over the organization's settings. */
@Injectable()
export class SettingsAccess {
  /** Refuses (403, naming the settings) a change of any setting that is not the caller's role's to change. */
  requireMayChange(actor: Actor, changed: readonly SettingName[]): void {
    const refused = changed.filter((name) => CHANGED_BY[name] !== actor.role);
    if (refused.length)
      throw AccessException.settingsForbidden(
        actor.organizationId,
        refused,
        refused.map((name) => CHANGED_BY[name]),
      );
  }
}
