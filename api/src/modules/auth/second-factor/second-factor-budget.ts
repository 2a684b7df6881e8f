import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import { FailureCounter } from '../failure-counter';

const WINDOW_MINUTES = 60;

/** What the budget says of one attempt at a code. */
export interface CodeAttempt {
  /** False once the hour's budget is used up: the code is not even checked. */
  allowed: boolean;
  /** True for the attempt that uses the budget up: if it fails, the half-signed session ends. */
  last: boolean;
  retryAfterSeconds: number;
}

/**
 * The hour's budget of wrong second-factor codes (TOTP and recovery codes) per account, its own count: a right
 * password never resets it, so a stolen password does not buy unlimited guesses. Each attempt is counted before its
 * code is checked, in one statement, so concurrent guesses cannot slip past the limit; a right code is given back.
 */
@Injectable()
export class SecondFactorBudget {
  constructor(
    private readonly counter: FailureCounter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async take(userId: string): Promise<CodeAttempt> {
    const { failures, windowEndsInSeconds } = await this.counter.increment(keyOf(userId), WINDOW_MINUTES);
    const limit = this.config.secondFactorFailuresPerHour;
    return { allowed: failures <= limit, last: failures === limit, retryAfterSeconds: Math.max(1, windowEndsInSeconds) };
  }

  giveBack(userId: string): Promise<void> {
    return this.counter.decrement(keyOf(userId));
  }
}

function keyOf(userId: string): string {
  return `second_factor:${userId}`;
}
