import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FacilitatorAssignment } from '@cohesion/contracts';
import type { FacilitatorRole, GroupKind } from '@cohesion/domain';
import { GROUP_SUMMARY_COLUMNS, GROUP_SUMMARY_FROM } from './groups.repository';

export interface GroupDetailRow {
  id: string;
  name: string;
  kind: GroupKind;
  schedule: string | null;
  programId: string;
  programName: string;
  facilitators: { id: string; displayName: string; role: FacilitatorRole }[];
  memberCount: number;
  sessionCount: number;
  lastSessionOn: string | null;
}

export interface NewGroup {
  name: string;
  programId: string;
  kind: GroupKind;
  schedule: string | null;
}

/** Programs, groups and facilitator assignments as directors manage them. Callers have checked access already. */
@Injectable()
export class GroupManagementRepository {
  async findGroupDetail(tx: EntityManager, organizationId: string, groupId: string): Promise<GroupDetailRow | null> {
    const rows: GroupDetailRow[] = await tx.query(
      `SELECT ${GROUP_SUMMARY_COLUMNS}, g.schedule ${GROUP_SUMMARY_FROM} WHERE g.id = $1 AND g.organization_id = $2`,
      [groupId, organizationId],
    );
    return rows[0] ?? null;
  }

  async programIsInOrganization(tx: EntityManager, organizationId: string, programId: string): Promise<boolean> {
    const rows = await tx.query(`SELECT 1 FROM program WHERE id = $1 AND organization_id = $2`, [programId, organizationId]);
    return rows.length > 0;
  }

  /** The subset of `userIds` that are enabled facilitators of the organization. */
  async findEnabledFacilitatorIds(tx: EntityManager, organizationId: string, userIds: string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await tx.query(
      `SELECT id FROM staff_user WHERE organization_id = $1 AND id = ANY($2::uuid[]) AND role = 'facilitator' AND disabled_at IS NULL AND pending_since IS NULL`,
      [organizationId, userIds],
    );
    return new Set(rows.map((row) => row.id));
  }

  async insertGroup(tx: EntityManager, organizationId: string, group: NewGroup): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO therapy_group (organization_id, program_id, name, kind, schedule) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [organizationId, group.programId, group.name, group.kind, group.schedule],
    );
    return row.id;
  }

  /** Takes the group's row lock, so concurrent replacements of its facilitators apply one after the other. */
  async lockGroup(tx: EntityManager, organizationId: string, groupId: string): Promise<void> {
    await tx.query(`SELECT 1 FROM therapy_group WHERE id = $1 AND organization_id = $2 FOR NO KEY UPDATE`, [groupId, organizationId]);
  }

  async replaceFacilitators(tx: EntityManager, organizationId: string, groupId: string, facilitators: FacilitatorAssignment[]): Promise<void> {
    await tx.query(`DELETE FROM group_facilitator WHERE group_id = $1 AND organization_id = $2`, [groupId, organizationId]);
    await tx.query(
      `INSERT INTO group_facilitator (group_id, user_id, organization_id, role)
       SELECT $1::uuid, f.user_id, $2::uuid, f.role FROM unnest($3::uuid[], $4::text[]) AS f (user_id, role)`,
      [groupId, organizationId, facilitators.map((f) => f.userId), facilitators.map((f) => f.role)],
    );
  }

  /** Changes only the labels given; `schedule: null` clears it. */
  async updateGroupLabels(tx: EntityManager, organizationId: string, groupId: string, labels: { name?: string; schedule?: string | null }): Promise<void> {
    const assignments: string[] = [];
    const params: unknown[] = [groupId, organizationId];
    if (labels.name !== undefined) assignments.push(`name = $${params.push(labels.name)}`);
    if (labels.schedule !== undefined) assignments.push(`schedule = $${params.push(labels.schedule)}`);
    if (!assignments.length) return;
    await tx.query(`UPDATE therapy_group SET ${assignments.join(', ')} WHERE id = $1 AND organization_id = $2`, params);
  }
}
