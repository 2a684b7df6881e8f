import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface ProgramRow {
  id: string;
  name: string;
  groupCount: number;
}

/** All SQL on programs. */
@Injectable()
export class ProgramsRepository {
  findProgramsOfOrganization(tx: EntityManager, organizationId: string): Promise<ProgramRow[]> {
    return tx.query(
      `SELECT p.id, p.name, (SELECT count(*)::int FROM therapy_group g WHERE g.program_id = p.id) AS "groupCount"
         FROM program p
        WHERE p.organization_id = $1
        ORDER BY p.name, p.id`,
      [organizationId],
    );
  }

  /** Inserts the program unless the organization has one of the same name in any letter case; null when it does. */
  async insertProgramUnlessNameTaken(tx: EntityManager, organizationId: string, name: string): Promise<ProgramRow | null> {
    const rows: ProgramRow[] = await tx.query(
      `INSERT INTO program (organization_id, name)
       SELECT $1::uuid, $2::text WHERE NOT EXISTS (SELECT 1 FROM program WHERE organization_id = $1::uuid AND lower(name) = lower($2::text))
       ON CONFLICT (organization_id, name) DO NOTHING
       RETURNING id, name, 0 AS "groupCount"`,
      [organizationId, name],
    );
    return rows[0] ?? null;
  }
}
