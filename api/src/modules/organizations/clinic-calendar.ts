import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { todayIsoDateIn } from '@cohesion/domain';

/** The clinic's own calendar: "today" and "in the future" mean the organization's date, not the server's or UTC's. */
@Injectable()
export class ClinicCalendar {
  async today(tx: EntityManager, organizationId: string, now: Date = new Date()): Promise<string> {
    const [row] = await tx.query(`SELECT time_zone AS "timeZone" FROM organization WHERE id = $1`, [organizationId]);
    return todayIsoDateIn(row.timeZone, now);
  }
}
