import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { DemoMailboxController } from './demo-mailbox.controller';
import { MailDelivery } from './mail-delivery';
import { MailOutbox } from './mail-outbox';
import { MailOutboxRepository } from './mail-outbox.repository';
import { DemoMailCatcher, MailTransport, NoMailServer, SmtpMailTransport } from './mail-transport';

/** Demo mode catches mail (never an email to a real address from a demo); otherwise SMTP, or the outbox waits. */
function transportFor(config: AppConfig): MailTransport {
  if (config.demoMode) return new DemoMailCatcher();
  return config.mail.smtpUrl ? new SmtpMailTransport(config.mail.smtpUrl, config.mail.from) : new NoMailServer();
}

/** Outgoing email: queued with the change it tells of, delivered from the outbox by every replica. */
@Global()
@Module({
  controllers: [DemoMailboxController],
  providers: [MailOutboxRepository, MailOutbox, MailDelivery, { provide: MailTransport, useFactory: transportFor, inject: [APP_CONFIG] }],
  exports: [MailOutbox],
})
export class MailModule {}
