import { Injectable } from '@nestjs/common';
import { todayIsoDateIn } from '@cohesion/domain';
import type { Actor } from '../../common/actor';

/** The clinic's own calendar: "today" and "in the future" mean the organization's date, not the server's or UTC's. */
@Injectable()
export class ClinicCalendar {
  today(actor: Pick<Actor, 'timeZone'>, now: Date = new Date()): string {
    return todayIsoDateIn(actor.timeZone, now);
  }
}
