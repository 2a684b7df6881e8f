import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { visibleGroupCondition, visibleSessionCondition } from './access-conditions';

/** What a session is, as far as deciding who reaches it goes. */
export interface SessionUnderCheck {
  groupId: string;
  visible: boolean;
}

/** The lookups behind access decisions: the only SQL of the access module. */
@Injectable()
export class AccessRepository {
  async isGroupVisible(tx: EntityManager, actor: Actor, groupId: string): Promise<boolean> {
    const visible = visibleGroupCondition(actor, 'g', 2);
    const rows: unknown[] = await tx.query(`SELECT 1 FROM therapy_group g WHERE g.id = $1 AND ${visible.sql}`, [groupId, ...visible.params]);
    return rows.length > 0;
  }

  /** The session's group and whether the caller reaches it; null when the organization has no such session. */
  async findSession(tx: EntityManager, actor: Actor, sessionId: string): Promise<SessionUnderCheck | null> {
    const visible = visibleSessionCondition(actor, 's', 3);
    const rows: SessionUnderCheck[] = await tx.query(
      `SELECT s.group_id AS "groupId", (${visible.sql}) AS visible FROM group_session s WHERE s.id = $1 AND s.organization_id = $2`,
      [sessionId, actor.organizationId, ...visible.params],
    );
    return rows[0] ?? null;
  }

  async isFacilitator(tx: EntityManager, organizationId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(`SELECT 1 FROM staff_user WHERE id = $1 AND organization_id = $2 AND role = 'facilitator'`, [
      userId,
      organizationId,
    ]);
    return rows.length > 0;
  }

  async isSupervisorOf(tx: EntityManager, supervisorId: string, facilitatorId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(`SELECT 1 FROM supervision WHERE supervisor_id = $1 AND facilitator_id = $2`, [supervisorId, facilitatorId]);
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
    const rows: unknown[] = await tx.query(`SELECT 1 FROM program WHERE id = $1 AND organization_id = $2`, [programId, organizationId]);
    return rows.length > 0;
  }

  async findVisibleGroupIds(tx: EntityManager, actor: Actor): Promise<string[]> {
    const visible = visibleGroupCondition(actor, 'g');
    const rows: { id: string }[] = await tx.query(`SELECT g.id FROM therapy_group g WHERE ${visible.sql} ORDER BY g.id`, visible.params);
    return rows.map((r) => r.id);
  }
}
