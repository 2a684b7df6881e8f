import { Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';

/** One message as it leaves: the Message-ID is the outbox row's, so a message sent again is recognisably the same. */
export interface OutgoingMail {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Where mail goes. */
export abstract class MailTransport {
  /** Whether the message stays readable after it is sent (the demo mailbox); otherwise it is dropped once handed over. */
  abstract readonly keepsMessages: boolean;
  /** Whether there is anywhere to send to: without an SMTP server, mail waits in the outbox. */
  abstract readonly connected: boolean;
  abstract send(mail: OutgoingMail): Promise<void>;
}

/** A real SMTP server (COHESION_SMTP_URL). */
export class SmtpMailTransport extends MailTransport {
  readonly keepsMessages = false;
  readonly connected = true;
  private readonly transporter: Transporter;

  constructor(smtpUrl: string, from: string) {
    super();
    this.transporter = createTransport(smtpUrl, { from });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({ messageId: mail.messageId, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
  }
}

/** Demo mode: nothing leaves the machine; every message is kept for the demo mailbox. */
export class DemoMailCatcher extends MailTransport {
  readonly keepsMessages = true;
  readonly connected = true;

  async send(): Promise<void> {
    // Caught: the outbox row, marked sent with its message kept, is what the demo mailbox shows.
  }
}

/** No SMTP server configured: mail waits in the outbox, nothing lost, until one is. */
export class NoMailServer extends MailTransport {
  readonly keepsMessages = false;
  readonly connected = false;

  constructor() {
    super();
    new Logger('Mail').warn('COHESION_SMTP_URL is not set: email waits in the outbox until a mail server is configured');
  }

  async send(): Promise<void> {
    throw new Error('no mail server configured');
  }
}
