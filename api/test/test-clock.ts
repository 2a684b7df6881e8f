import { todayIsoDateIn } from '@cohesion/domain';
import { Clock } from '../src/common/clock';

/** The instant every test app lives at: mid-afternoon in UTC, so the clinic's date differs across the date line. */
export const TEST_NOW = new Date('2026-12-01T15:00:00Z');

/** A clock that stands still where a test puts it, and moves on only by the time the API sleeps, without waiting. */
export class FixedClock extends Clock {
  constructor(private instant: Date = TEST_NOW) {
    super();
  }

  now(): Date {
    return new Date(this.instant);
  }

  async sleep(ms: number): Promise<void> {
    this.instant = new Date(this.instant.getTime() + Math.max(ms, 0));
  }

  set(instant: Date): void {
    this.instant = instant;
  }
}

/** The clinic's date at TEST_NOW in this time zone. */
export function testToday(timeZone: string): string {
  return todayIsoDateIn(timeZone, TEST_NOW);
}
