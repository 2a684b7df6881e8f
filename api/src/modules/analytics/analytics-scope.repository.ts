import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { visibleGroupCondition } from '../groups/group-visibility';

/** Lookups that decide what an analytics scope covers. */
@Injectable()
export class AnalyticsScopeRepository {
  async findFacilitator(tx: EntityManager, organizationId: string, userId: string): Promise<boolean> {
    const rows = await tx.query(`SELECT 1 FROM staff_user WHERE id = $1 AND organization_id = $2 AND role = 'facilitator'`, [userId, organizationId]);
    return rows.length > 0;
  }

  async isSupervisorOf(tx: EntityManager, supervisorId: string, facilitatorId: string): Promise<boolean> {
    const rows = await tx.query(`SELECT 1 FROM supervision WHERE supervisor_id = $1 AND facilitator_id = $2`, [supervisorId, facilitatorId]);
    return rows.length > 0;
  }

  async findGroupIdsOfFacilitator(tx: EntityManager, organizationId: string, facilitatorId: string): Promise<string[]> {
    const rows: { groupId: string }[] = await tx.query(
      `SELECT group_id AS "groupId" FROM group_facilitator WHERE user_id = $1 AND organization_id = $2 ORDER BY group_id`,
      [facilitatorId, organizationId],
    );
    return rows.map((r) => r.groupId);
  }

  async programExists(tx: EntityManager, organizationId: string, programId: string): Promise<boolean> {
    const rows = await tx.query(`SELECT 1 FROM program WHERE id = $1 AND organization_id = $2`, [programId, organizationId]);
    return rows.length > 0;
  }

  async findVisibleGroupIds(tx: EntityManager, actor: Actor): Promise<string[]> {
    const visible = visibleGroupCondition(actor, 'g');
    const rows: { id: string }[] = await tx.query(`SELECT g.id FROM therapy_group g WHERE ${visible.sql} ORDER BY g.id`, visible.params);
    return rows.map((r) => r.id);
  }
}
