import { Injectable } from '@nestjs/common';
import type { OrganizationSecuritySettings, UpdateOrganizationSecurityRequest } from '@cohesion/contracts';
import type { Actor } from '../../common/actor';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditTrail } from '../audit/audit-trail';

@Injectable()
export class OrganizationSecurityService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditTrail,
  ) {}

  read(actor: Actor): Promise<OrganizationSecuritySettings> {
    return this.unitOfWork.run(actor, async (tx) => {
      const [row] = await tx.query(`SELECT second_factor_policy AS "secondFactorPolicy" FROM organization WHERE id = $1`, [actor.organizationId]);
      return row;
    });
  }

  /** Takes effect at once: sessions that now owe a second factor are asked for it at their next request. */
  change(actor: Actor, request: UpdateOrganizationSecurityRequest): Promise<OrganizationSecuritySettings> {
    return this.unitOfWork.run(actor, async (tx) => {
      const [[row]] = await tx.query(
        `UPDATE organization o SET second_factor_policy = $2 FROM organization previous
          WHERE o.id = $1 AND previous.id = o.id
         RETURNING o.second_factor_policy AS "secondFactorPolicy", previous.second_factor_policy AS "previousPolicy"`,
        [actor.organizationId, request.secondFactorPolicy],
      );
      await this.audit.record(tx, actor, {
        action: 'organization.security_change',
        entityType: 'organization',
        entityId: actor.organizationId,
        detail: { secondFactorPolicy: { from: row.previousPolicy, to: row.secondFactorPolicy } },
      });
      return { secondFactorPolicy: row.secondFactorPolicy };
    });
  }
}
