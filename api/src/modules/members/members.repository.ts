import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ExitReason } from '@cohesion/domain';

export interface MemberRow {
  id: string;
  code: string;
  joinedOn: string;
  leftOn: string | null;
  exitReason: ExitReason | null;
}

const MEMBER_COLUMNS = `m.id, m.code, to_char(e.joined_on, 'YYYY-MM-DD') AS "joinedOn", to_char(e.left_on, 'YYYY-MM-DD') AS "leftOn",
  e.exit_reason AS "exitReason"`;

/** Members and their enrollments. Callers have checked access to the group already. */
@Injectable()
export class MembersRepository {
  findMembersOfGroup(tx: EntityManager, organizationId: string, groupId: string, includeLeft: boolean): Promise<MemberRow[]> {
    return tx.query(
      `SELECT ${MEMBER_COLUMNS}
         FROM enrollment e JOIN member m ON m.id = e.member_id
        WHERE e.group_id = $1 AND e.organization_id = $2 AND ($3 OR e.left_on IS NULL)
        ORDER BY e.joined_on, m.code`,
      [groupId, organizationId, includeLeft],
    );
  }

  /** Inserts a member with this code; null when the organization already uses the code. */
  async insertMemberUnlessCodeTaken(tx: EntityManager, organizationId: string, code: string): Promise<string | null> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO member (organization_id, code) VALUES ($1, $2) ON CONFLICT (organization_id, code) DO NOTHING RETURNING id`,
      [organizationId, code],
    );
    return rows[0]?.id ?? null;
  }

  async insertEnrollment(tx: EntityManager, organizationId: string, groupId: string, memberId: string, joinedOn: string): Promise<void> {
    await tx.query(`INSERT INTO enrollment (organization_id, group_id, member_id, joined_on) VALUES ($1, $2, $3, $4)`, [
      organizationId,
      groupId,
      memberId,
      joinedOn,
    ]);
  }

  /** The member's enrollment in this group, locked until the transaction ends; null when not enrolled here. */
  async findEnrollmentForUpdate(tx: EntityManager, organizationId: string, groupId: string, memberId: string): Promise<MemberRow | null> {
    const rows: MemberRow[] = await tx.query(
      `SELECT ${MEMBER_COLUMNS}
         FROM enrollment e JOIN member m ON m.id = e.member_id
        WHERE e.group_id = $1 AND e.member_id = $2 AND e.organization_id = $3
          FOR UPDATE OF e`,
      [groupId, memberId, organizationId],
    );
    return rows[0] ?? null;
  }

  async endEnrollment(tx: EntityManager, organizationId: string, groupId: string, memberId: string, leftOn: string, exitReason: ExitReason): Promise<void> {
    await tx.query(`UPDATE enrollment SET left_on = $4, exit_reason = $5 WHERE group_id = $1 AND member_id = $2 AND organization_id = $3 AND left_on IS NULL`, [
      groupId,
      memberId,
      organizationId,
      leftOn,
      exitReason,
    ]);
  }
}
