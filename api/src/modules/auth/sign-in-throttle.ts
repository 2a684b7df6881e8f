import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';

export interface ThrottleKeys {
  account: string;
  address: string | null;
}

export function throttleKeys(email: string, ip: string | null): ThrottleKeys {
  const normalized = email.trim().toLowerCase();
  return { account: `account:${createHash('sha256').update(normalized, 'utf8').digest('hex')}`, address: ip ? `ip:${ip}` : null };
}

/**
 * Failed sign-ins counted in PostgreSQL, so that every replica of the API throttles alike: an account (by email as
 * typed) or a client address that fails too often within the window is locked for a while (settings in AppConfig);
 * a successful sign-in clears its account's count.
 */
@Injectable()
export class SignInThrottle {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Seconds until the account or the address may try again; 0 when neither is locked. */
  async secondsLocked(keys: ThrottleKeys): Promise<number> {
    const [row] = await this.db.query(
      `SELECT ceil(extract(epoch FROM max(locked_until) - now()))::int AS seconds FROM sign_in_throttle WHERE key = ANY ($1) AND locked_until > now()`,
      [present(keys)],
    );
    return row?.seconds ?? 0;
  }

  /** Counts a failure for the account and the address; locks either once it reaches its limit within the window. */
  async recordFailure(keys: ThrottleKeys): Promise<void> {
    const { accountFailures, addressFailures, windowMinutes, lockMinutes } = this.config.signInThrottle;
    const limits: [string | null, number][] = [[keys.account, accountFailures], [keys.address, addressFailures]];
    for (const [key, limit] of limits) {
      if (key === null) continue;
      const [{ failures }] = await this.db.query(
        `INSERT INTO sign_in_throttle AS t (key, failures, window_started_at) VALUES ($1, 1, now())
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN t.window_started_at < now() - make_interval(mins => $2) THEN 1 ELSE t.failures + 1 END,
           window_started_at = CASE WHEN t.window_started_at < now() - make_interval(mins => $2) THEN now() ELSE t.window_started_at END
         RETURNING failures`,
        [key, windowMinutes],
      );
      if (failures >= limit) {
        await this.db.query(
          `UPDATE sign_in_throttle SET locked_until = now() + make_interval(mins => $2), failures = 0, window_started_at = now() WHERE key = $1`,
          [key, lockMinutes],
        );
      }
    }
  }

  async clear(keys: ThrottleKeys): Promise<void> {
    await this.db.query(`DELETE FROM sign_in_throttle WHERE key = $1`, [keys.account]);
  }
}

function present(keys: ThrottleKeys): string[] {
  return [keys.account, ...(keys.address ? [keys.address] : [])];
}
