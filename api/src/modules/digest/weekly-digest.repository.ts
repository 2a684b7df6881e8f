import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@cohesion/domain';
import { DataSource } from 'typeorm';

/** A person who receives the digest: an enabled, approved director or supervisor with a password, who has not opted out. */
export interface DigestRecipient {
  userId: string;
  organizationId: string;
  organizationName: string;
  timeZone: string;
  email: string;
  displayName: string;
  role: Role;
}

@Injectable()
export class WeeklyDigestRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** staff_user and organization carry no row-level security: the digest reads across organizations here, and only here. */
  findRecipients(): Promise<DigestRecipient[]> {
    return this.db.query(
      `SELECT u.id AS "userId", u.organization_id AS "organizationId", o.name AS "organizationName", o.time_zone AS "timeZone",
              u.email, u.display_name AS "displayName", u.role
         FROM staff_user u JOIN organization o ON o.id = u.organization_id
        WHERE u.role IN ('director', 'supervisor') AND u.weekly_digest AND u.disabled_at IS NULL
          AND u.password_hash IS NOT NULL AND u.pending_since IS NULL
        ORDER BY u.organization_id, u.id`,
    );
  }
}
