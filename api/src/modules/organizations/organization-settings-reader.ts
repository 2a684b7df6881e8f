import { Injectable } from '@nestjs/common';
import type { OrganizationSettings } from '@cohesion/contracts';
import type { EntityManager } from 'typeorm';
import { OrganizationSettingsRepository } from './organization-settings.repository';

/**
 * The organization's settings for the code that applies them, inside the caller's transaction: k for small-cell
 * suppression, the low-score threshold and r for check-ins. One place to read them, so that every figure uses the
 * organization's own.
 */
@Injectable()
export class OrganizationSettingsReader {
  constructor(private readonly settings: OrganizationSettingsRepository) {}

  /** The small-cell threshold k of exports meant to leave the organization (at least 5, default 11). */
  async smallCellK(tx: EntityManager, organizationId: string): Promise<number> {
    return (await this.settings.find(tx, organizationId)).smallCellK;
  }

  /** The low-score threshold and the reliability r of check-ins. */
  async checkInRules(tx: EntityManager, organizationId: string): Promise<Pick<OrganizationSettings, 'lowScoreThreshold' | 'reliability'>> {
    const { lowScoreThreshold, reliability } = await this.settings.find(tx, organizationId);
    return { lowScoreThreshold, reliability };
  }
}
