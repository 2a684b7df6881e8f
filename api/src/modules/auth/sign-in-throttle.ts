import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { FailureCounter } from './failure-counter';

/** What a password attempt is counted against. */
export interface SignInAttempt {
  /** The email as typed (a digest: known and unknown emails alike), for clients that are strangers to the account. */
  account: string;
  /** The client's address, for strangers too. */
  address: string | null;
  /** A browser that proved (device cookie) it signed in as this very account before: only its own failures count. */
  device: string | null;
}

/** A password attempt by email, from an address, from a browser that may be known to the account (its cookie's nonce). */
export function signInAttempt(email: string, ip: string | null, knownDeviceNonce: string | null): SignInAttempt {
  const digest = createHash('sha256').update(email.trim().toLowerCase(), 'utf8').digest('hex');
  return { account: `account:${digest}`, address: knownDeviceNonce || !ip ? null : `ip:${ip}`, device: knownDeviceNonce ? `device:${knownDeviceNonce}` : null };
}

/** A signed-in person asked for their password again (to change it): their own count, which no stranger can move. */
export function reauthentication(userId: string): SignInAttempt {
  return { account: `reauth:${userId}`, address: null, device: null };
}

/** The longest a stranger's attempt is held back before its password is checked. */
const MAX_DELAY_MS = 8000;

/**
 * Failed sign-ins that cannot be turned against the account's owner (OWASP's device-cookie approach). A browser that
 * has signed in as the account before is judged by its own failures alone: strangers' failures never block it. Other
 * clients are counted by the email they typed and by their address: each failure of theirs delays their next attempt
 * at that email (doubling from the configured base), and enough of them lock strangers out for a while (429 with
 * Retry-After). Counts live in PostgreSQL, so every replica throttles alike.
 */
@Injectable()
export class SignInThrottle {
  constructor(
    private readonly counter: FailureCounter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Seconds until this attempt may be made; 0 when nothing it is counted against is locked. */
  secondsLocked(attempt: SignInAttempt): Promise<number> {
    return this.counter.secondsLocked(attempt.device ? [attempt.device] : present([attempt.account, attempt.address]));
  }

  /** How long to hold a stranger's attempt back before checking its password: 0, then the base delay, doubling. */
  async delayMs(attempt: SignInAttempt): Promise<number> {
    if (attempt.device) return 0;
    const failures = await this.counter.failures(attempt.account, this.config.signInThrottle.windowMinutes);
    return growingDelay(failures, this.config.signInThrottle.delayBaseMs);
  }

  async recordFailure(attempt: SignInAttempt): Promise<void> {
    const { accountFailures, addressFailures } = this.config.signInThrottle;
    const limits: [string | null, number][] = attempt.device
      ? [[attempt.device, accountFailures]]
      : [
          [attempt.account, accountFailures],
          [attempt.address, addressFailures],
        ];
    for (const [key, limit] of limits) {
      if (key === null) continue;
      const { failures } = await this.counter.increment(key, this.config.signInThrottle.windowMinutes);
      if (failures >= limit) await this.counter.lock(key, this.config.signInThrottle.lockMinutes);
    }
  }

  /**
   * A right password clears its own count: a known browser's, or a stranger's for that email. A known browser's
   * success leaves strangers' count alone, so that signing in does not hand an attacker a fresh budget.
   */
  recordSuccess(attempt: SignInAttempt): Promise<void> {
    return this.counter.clear([attempt.device ?? attempt.account]);
  }
}

/** 0 for a first attempt; then `base`, doubling with each failure before it, capped at MAX_DELAY_MS. */
export function growingDelay(failuresBefore: number, baseMs: number): number {
  return failuresBefore === 0 ? 0 : Math.min(baseMs * 2 ** (failuresBefore - 1), MAX_DELAY_MS);
}

function present(keys: (string | null)[]): string[] {
  return keys.filter((key): key is string => key !== null);
}
