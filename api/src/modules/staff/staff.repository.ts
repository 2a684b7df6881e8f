import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Role } from '@cohesion/domain';

export interface StaffRow {
  id: string;
  displayName: string;
  role: Role;
}

export interface SupervisionRow {
  supervisorId: string;
  facilitatorId: string;
}

/** Staff accounts as directors see them for assignments, and who supervises whom. */
@Injectable()
export class StaffRepository {
  findEnabledStaff(tx: EntityManager, organizationId: string, role: Role | null): Promise<StaffRow[]> {
    return tx.query(
      `SELECT id, display_name AS "displayName", role
         FROM staff_user
        WHERE organization_id = $1 AND disabled_at IS NULL AND pending_since IS NULL AND ($2::text IS NULL OR role = $2::text)
        ORDER BY display_name, id`,
      [organizationId, role],
    );
  }

  /** The role of a staff member of the organization (enabled or not); null when there is none with this id. */
  async findRoleOfStaffMember(tx: EntityManager, organizationId: string, userId: string): Promise<Role | null> {
    const rows: { role: Role }[] = await tx.query(`SELECT role FROM staff_user WHERE id = $1 AND organization_id = $2`, [userId, organizationId]);
    return rows[0]?.role ?? null;
  }

  /** The subset of `userIds` that are enabled, approved facilitators of the organization. */
  async findEnabledFacilitatorIds(tx: EntityManager, organizationId: string, userIds: string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await tx.query(
      `SELECT id FROM staff_user WHERE organization_id = $1 AND id = ANY($2::uuid[]) AND role = 'facilitator' AND disabled_at IS NULL AND pending_since IS NULL`,
      [organizationId, userIds],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** Every assignment of the organization, by supervisor then facilitator name. `supervisorId` narrows it to one supervisor. */
  findSupervisions(tx: EntityManager, organizationId: string, supervisorId: string | null = null): Promise<SupervisionRow[]> {
    return tx.query(
      `SELECT s.supervisor_id AS "supervisorId", s.facilitator_id AS "facilitatorId"
         FROM supervision s
         JOIN staff_user sup ON sup.id = s.supervisor_id
         JOIN staff_user fac ON fac.id = s.facilitator_id
        WHERE s.organization_id = $1 AND ($2::uuid IS NULL OR s.supervisor_id = $2::uuid)
        ORDER BY sup.display_name, s.supervisor_id, fac.display_name, s.facilitator_id`,
      [organizationId, supervisorId],
    );
  }

  /** Takes the supervisor's row lock, so concurrent replacements of their list apply one after the other. */
  async lockStaffMember(tx: EntityManager, organizationId: string, userId: string): Promise<void> {
    await tx.query(`SELECT 1 FROM staff_user WHERE id = $1 AND organization_id = $2 FOR NO KEY UPDATE`, [userId, organizationId]);
  }

  async replaceSupervisedFacilitators(tx: EntityManager, organizationId: string, supervisorId: string, facilitatorIds: string[]): Promise<void> {
    await tx.query(`DELETE FROM supervision WHERE supervisor_id = $1 AND organization_id = $2`, [supervisorId, organizationId]);
    await tx.query(
      `INSERT INTO supervision (supervisor_id, facilitator_id, organization_id)
       SELECT $1::uuid, f.id, $2::uuid FROM unnest($3::uuid[]) AS f (id)`,
      [supervisorId, organizationId, facilitatorIds],
    );
  }
}
