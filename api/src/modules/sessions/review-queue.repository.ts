import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ReviewQueueItem } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { visibleSessionCondition } from '../access/access-conditions';

/** Signed notes not yet co-signed that the supervisor reaches (a supervisee facilitated the session): risk concerns first, then the oldest. */
@Injectable()
export class ReviewQueueRepository {
  async findWaiting(tx: EntityManager, actor: Actor, limit: number): Promise<ReviewQueueItem[]> {
    const visible = visibleSessionCondition(actor, 's', 2);
    const rows: (Omit<ReviewQueueItem, 'signedBy'> & { signedById: string; signedByName: string })[] = await tx.query(
      `SELECT s.id AS "sessionId", g.id AS "groupId", g.name AS "groupName", to_char(s.held_on, 'YYYY-MM-DD') AS "heldOn",
              s.signed_at AS "signedAt", u.id AS "signedById", u.display_name AS "signedByName", COALESCE(n.risk_level, 'none') AS "riskLevel",
              (SELECT count(*)::int FROM attendance a WHERE a.session_id = s.id AND a.status IN ('present', 'late')) AS "presentCount"
         FROM group_session s
         JOIN therapy_group g ON g.id = s.group_id
         JOIN staff_user u ON u.id = s.signed_by
         LEFT JOIN note n ON n.session_id = s.id
        WHERE s.status = 'signed' AND s.cosigned_at IS NULL AND ${visible.sql}
        ORDER BY (COALESCE(n.risk_level, 'none') = 'concern') DESC, s.signed_at, s.id
        LIMIT $1`,
      [limit, ...visible.params],
    );
    return rows.map(({ signedById, signedByName, signedAt, ...item }) => ({
      ...item,
      signedAt: new Date(signedAt).toISOString(),
      signedBy: { id: signedById, displayName: signedByName },
    }));
  }
}
