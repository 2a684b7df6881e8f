import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { Clock, SystemClock } from '../../common/clock';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import type { SqlRunner } from '../audit/audit.repository';
import { renderMail, type MailMessage } from './mail-message';
import { MailOutboxRepository } from './mail-outbox.repository';

/**
 * Queues email in the same transaction as the change it tells of: the message leaves only if the change commits, and
 * leaves once per event (`dedupeKey`), whoever retries it.
 */
@Injectable()
export class MailOutbox {
  constructor(
    private readonly outbox: MailOutboxRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The dashboard's address for a path (`/welcome#token=…`): where an email's link takes its reader. */
  link(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  /** Whether a message for this event is queued or sent already (so that its content need not be worked out again). */
  queued(tx: SqlRunner, dedupeKey: string): Promise<boolean> {
    return this.outbox.hasEvent(tx, dedupeKey);
  }

  queue(tx: SqlRunner, dedupeKey: string, to: string, message: MailMessage): Promise<boolean> {
    return this.outbox.insert(tx, dedupeKey, to, renderMail(message), this.clock.now());
  }
}

/** The outbox for code that runs outside the API (the command line): it queues, and a running API sends. */
export function standaloneMailOutbox(db: DataSource, config: AppConfig): MailOutbox {
  return new MailOutbox(new MailOutboxRepository(db, config), new SystemClock(), config);
}
