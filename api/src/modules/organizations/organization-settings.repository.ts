import { Injectable } from '@nestjs/common';
import type { OrganizationSettings } from '@cohesion/contracts';
import type { EntityManager } from 'typeorm';

const COLUMNS = `time_zone AS "timeZone", small_cell_k AS "smallCellK", low_score_threshold AS "lowScoreThreshold", reliability`;
const COLUMN_OF: Readonly<Record<keyof OrganizationSettings, string>> = {
  timeZone: 'time_zone',
  smallCellK: 'small_cell_k',
  lowScoreThreshold: 'low_score_threshold',
  reliability: 'reliability',
};

/** The organization's settings row. */
@Injectable()
export class OrganizationSettingsRepository {
  /** `forUpdate`: holds the row until the transaction ends, so two changes never both read the same old values. */
  async find(tx: EntityManager, organizationId: string, { forUpdate = false } = {}): Promise<OrganizationSettings> {
    const [row] = await tx.query(`SELECT ${COLUMNS} FROM organization WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [organizationId]);
    return row;
  }

  async update(tx: EntityManager, organizationId: string, changes: Partial<OrganizationSettings>): Promise<OrganizationSettings> {
    const entries = Object.entries(changes) as [keyof OrganizationSettings, unknown][];
    const assignments = entries.map(([name], i) => `${COLUMN_OF[name]} = $${i + 2}`).join(', ');
    const [[row]] = await tx.query(`UPDATE organization SET ${assignments} WHERE id = $1 RETURNING ${COLUMNS}`, [
      organizationId,
      ...entries.map(([, value]) => value),
    ]);
    return row;
  }
}
