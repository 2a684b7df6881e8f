import { Injectable } from '@nestjs/common';
import type { OrganizationSettings, UpdateOrganizationSettingsRequest } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { UnitOfWork } from '../../database/unit-of-work';
import { SettingsAccess } from '../access/settings-access';
import { AuditTrail } from '../audit/audit-trail';
import { OrganizationSettingsRepository } from './organization-settings.repository';

const SETTING_NAMES: readonly (keyof OrganizationSettings)[] = ['timeZone', 'smallCellK', 'lowScoreThreshold', 'reliability'];

@Injectable()
export class OrganizationSettingsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly settings: OrganizationSettingsRepository,
    private readonly access: SettingsAccess,
    private readonly audit: AuditTrail,
  ) {}

  read(actor: Actor): Promise<OrganizationSettings> {
    return this.unitOfWork.run(actor, (tx) => this.settings.find(tx, actor.organizationId));
  }

  /**
   * Changes the settings whose value differs from the current one (a form may send them all), each only by the role
   * that owns it, and audits every change with its old and new value. Takes effect at the callers' next request.
   */
  change(actor: Actor, request: UpdateOrganizationSettingsRequest): Promise<OrganizationSettings> {
    return this.unitOfWork.run(actor, async (tx) => {
      const current = await this.settings.find(tx, actor.organizationId, { forUpdate: true });
      const changed = SETTING_NAMES.filter((name) => request[name] !== undefined && request[name] !== current[name]);
      this.access.requireMayChange(actor, changed);
      if (!changed.length) return current;
      const updated = await this.settings.update(tx, actor.organizationId, Object.fromEntries(changed.map((name) => [name, request[name]])));
      await this.audit.record(tx, actor, {
        action: 'organization.settings_change',
        entityType: 'organization',
        entityId: actor.organizationId,
        detail: Object.fromEntries(changed.map((name) => [name, { from: current[name], to: updated[name] }])),
      });
      return updated;
    });
  }
}
