import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { GroupsException } from './groups.exception';
import { visibleGroupCondition } from './group-visibility';

/** Object-level checks on a group, first in every service method that touches one. */
@Injectable()
export class GroupAccess {
  /** Passes when the caller may read the group; otherwise 404, exactly as for a group that does not exist. */
  async requireReadable(tx: EntityManager, actor: Actor, groupId: string): Promise<void> {
    const visible = visibleGroupCondition(actor, 'g', 2);
    const rows = await tx.query(`SELECT 1 FROM therapy_group g WHERE g.id = $1 AND ${visible.sql}`, [groupId, ...visible.params]);
    if (!rows.length) throw GroupsException.groupNotFound();
  }

  /** Passes when the caller facilitates the group (lead or co); readers who do not get 403, others 404. */
  async requireFacilitator(tx: EntityManager, actor: Actor, groupId: string): Promise<void> {
    await this.requireReadable(tx, actor, groupId);
    this.requireWriterRole(actor);
  }

  /** For a group already known to be readable: only its facilitators write (a readable group is one they facilitate). */
  requireWriterRole(actor: Actor): void {
    if (actor.role !== 'facilitator') throw GroupsException.notGroupFacilitator();
  }
}
