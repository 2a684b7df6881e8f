import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { errorForLog } from '../../common/error-log';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MailTransport } from './mail-transport';

const BATCH = 20;
/** Long enough for a slow SMTP exchange; a sender that dies mid-batch frees its messages after it. */
const LEASE_MS = 2 * 60_000;
const MAX_RETRY_DELAY_MS = 60 * 60_000;

/** Minutes before the next try after `attempts` failures: 1, 2, 4 … up to an hour; mail is never given up. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(attempts - 1, 0), MAX_RETRY_DELAY_MS);
}

/**
 * Sends what the outbox holds, every couple of seconds, on every replica: a row is leased before it is sent, so two
 * senders never take the same message, and one that stops mid-send returns its messages when the lease ends. A message
 * the mail server refused or could not take waits and is tried again; nothing is dropped.
 */
@Injectable()
export class MailDelivery implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | null = null;

  constructor(
    private readonly outbox: MailOutboxRepository,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (!this.transport.connected || this.config.mail.pollMs === 0) return;
    this.timer = setInterval(() => void this.deliverDue().catch(() => undefined), this.config.mail.pollMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One pass over the due messages; answers how many were sent. Passes in one process never overlap. */
  deliverDue(): Promise<number> {
    this.running ??= this.pass().finally(() => (this.running = null));
    return this.running;
  }

  private async pass(): Promise<number> {
    const now = this.clock.now();
    const due = await this.outbox.leaseDue(now, new Date(now.getTime() + LEASE_MS), BATCH);
    let sent = 0;
    for (const mail of due) {
      try {
        await this.transport.send({ messageId: `<${mail.id}@cohesion>`, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
      } catch (error) {
        const retryAt = new Date(this.clock.now().getTime() + retryDelayMs(mail.attempts + 1));
        await this.outbox.markFailed(mail.id, retryAt, failureCode(error));
        this.logger.warn(
          { mailId: mail.id, attempts: mail.attempts + 1, failure: failureCode(error), error: errorForLog(error), retryAt },
          'mail not sent; it will be tried again',
        );
        continue;
      }
      await this.outbox.markSent(mail.id, this.transport.keepsMessages);
      sent += 1;
    }
    return sent;
  }
}

/** Why a send failed, as codes only: an SMTP server's reply text can quote the address. */
function failureCode(error: unknown): string {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  return [
    error instanceof Error ? error.name : 'Error',
    typeof code === 'string' ? code : null,
    typeof responseCode === 'number' ? `SMTP ${responseCode}` : null,
  ]
    .filter(Boolean)
    .join(' ');
}
