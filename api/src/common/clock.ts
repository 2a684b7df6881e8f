import { Global, Module } from '@nestjs/common';

/**
 * Where the API reads the time of day: the clinic's "today" and the times printed on documents.
 * Expiry and idle checks compare with the database's now() instead, so each comparison has one clock.
 */
export abstract class Clock {
  abstract now(): Date;
  /** Waits `ms` milliseconds (a throttled sign-in's delay). */
  abstract sleep(ms: number): Promise<void>;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }

  sleep(ms: number): Promise<void> {
    return ms > 0 ? new Promise((done) => setTimeout(done, ms)) : Promise.resolve();
  }
}

@Global()
@Module({})
export class ClockModule {
  static forRoot(clock: Clock = new SystemClock()) {
    return { module: ClockModule, providers: [{ provide: Clock, useValue: clock }], exports: [Clock] };
  }
}
