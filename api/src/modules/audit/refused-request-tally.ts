import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { errorForLog } from '../../common/error-log';
import { AuditTrail } from './audit-trail';

/** Refusals too common to audit one row each: a request without a live session, and a failed CSRF check. */
export type TalliedRefusal = 'unauthenticated' | 'csrf';

const MINUTE_MS = 60_000;

/**
 * Counts unauthenticated (401) and CSRF-refused requests per kind, client address and minute, and writes one audit row
 * per count once its minute is over (and at shutdown): a scan or a flood leaves a readable trace, not a million rows.
 * Kept in this process until written, so a crash loses at most the current minute's counts.
 */
@Injectable()
export class RefusedRequestTally implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RefusedRequestTally.name);
  private readonly counts = new Map<string, { kind: TalliedRefusal; source: string | null; minute: number; count: number }>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly audit: AuditTrail,
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  count(kind: TalliedRefusal, source: string | null, at = this.clock.now().getTime()): void {
    const minute = Math.floor(at / MINUTE_MS) * MINUTE_MS;
    const key = `${kind}|${source ?? ''}|${minute}`;
    const tally = this.counts.get(key);
    if (tally) tally.count += 1;
    else this.counts.set(key, { kind, source, minute, count: 1 });
  }

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), MINUTE_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flush({ all: true });
  }

  /** Writes the counts of minutes that are over (`all`: every count, the current minute's too). */
  async flush({ all = false, now = this.clock.now().getTime() }: { all?: boolean; now?: number } = {}): Promise<void> {
    for (const [key, tally] of this.counts) {
      if (!all && tally.minute + MINUTE_MS > now) continue;
      this.counts.delete(key);
      try {
        await this.audit.recordFrom(
          this.db,
          { organizationId: null, actorId: null, actorRole: null, ip: tally.source, requestId: null },
          {
            action: 'request.refused',
            outcome: 'denied',
            entityType: 'request',
            entityId: tally.kind,
            detail: { kind: tally.kind, minute: new Date(tally.minute).toISOString(), count: tally.count },
          },
        );
      } catch (error) {
        this.logger.error({ error: errorForLog(error), kind: tally.kind, count: tally.count }, 'could not write a tally of refused requests');
      }
    }
  }
}
