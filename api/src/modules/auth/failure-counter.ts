import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * Counts of failures by key within a window, and locks, kept in PostgreSQL (`sign_in_throttle`) so that every
 * replica of the API counts alike. Keys name what is counted: `account:<digest of the email>`, `ip:<address>`,
 * `device:<nonce of a device cookie>`, `second_factor:<user id>`, `reauth:<user id>`.
 */
@Injectable()
export class FailureCounter {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Counts one more failure (a new window once the last one is over) and answers the count, in one statement. */
  async increment(key: string, windowMinutes: number): Promise<{ failures: number; windowEndsInSeconds: number }> {
    const [row] = await this.db.query(
      `INSERT INTO sign_in_throttle AS t (key, failures, window_started_at) VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.window_started_at < now() - make_interval(mins => $2) THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE WHEN t.window_started_at < now() - make_interval(mins => $2) THEN now() ELSE t.window_started_at END
       RETURNING failures, ceil(extract(epoch FROM window_started_at + make_interval(mins => $2) - now()))::int AS "windowEndsInSeconds"`,
      [key, windowMinutes],
    );
    return row;
  }

  /** Takes back one counted failure (an attempt counted before its check, which then succeeded). */
  async decrement(key: string): Promise<void> {
    await this.db.query(`UPDATE sign_in_throttle SET failures = greatest(failures - 1, 0) WHERE key = $1`, [key]);
  }

  /** Failures of the key in its current window; 0 when its window is over. */
  async failures(key: string, windowMinutes: number): Promise<number> {
    const [row] = await this.db.query(`SELECT failures FROM sign_in_throttle WHERE key = $1 AND window_started_at >= now() - make_interval(mins => $2)`, [
      key,
      windowMinutes,
    ]);
    return row?.failures ?? 0;
  }

  /** Locks the key for a while and starts its count afresh. */
  async lock(key: string, minutes: number): Promise<void> {
    await this.db.query(
      `UPDATE sign_in_throttle SET locked_until = now() + make_interval(mins => $2), failures = 0, window_started_at = now() WHERE key = $1`,
      [key, minutes],
    );
  }

  /** Seconds until none of the keys is locked any more; 0 when none is. */
  async secondsLocked(keys: string[]): Promise<number> {
    const [row] = await this.db.query(
      `SELECT ceil(extract(epoch FROM max(locked_until) - now()))::int AS seconds FROM sign_in_throttle WHERE key = ANY ($1) AND locked_until > now()`,
      [keys],
    );
    return row?.seconds ?? 0;
  }

  async clear(keys: string[]): Promise<void> {
    await this.db.query(`DELETE FROM sign_in_throttle WHERE key = ANY ($1)`, [keys]);
  }
}
