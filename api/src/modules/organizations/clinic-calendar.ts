import { Injectable } from '@nestjs/common';
import { todayIsoDateIn } from '@cohesion/domain';
import type { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';

/** The clinic's own calendar: "today" and "in the future" mean the organization's date, not the server's or UTC's. */
@Injectable()
export class ClinicCalendar {
  constructor(private readonly clock: Clock) {}

  today(actor: Pick<Actor, 'timeZone'>): string {
    return todayIsoDateIn(actor.timeZone, this.clock.now());
  }
}
