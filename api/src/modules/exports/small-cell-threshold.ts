import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { OrganizationSettingsReader } from '../organizations/organization-settings-reader';
import { ExportsException } from './exports.exception';

/**
 * The one place the k of small-cell suppression comes from (docs/analytics.md): the organization's setting (11 by
 * default, never below 5). A request may ask for a stricter k, never a weaker one: a director who could lower it per
 * download would make the setting advice.
 */
@Injectable()
export class SmallCellThreshold {
  constructor(private readonly settings: OrganizationSettingsReader) {}

  async k(tx: EntityManager, actor: Actor, requested?: number): Promise<number> {
    const organizationK = await this.settings.smallCellK(tx, actor.organizationId);
    if (requested === undefined) return organizationK;
    if (requested < organizationK) throw ExportsException.suppressionTooWeak(requested, organizationK);
    return requested;
  }
}
