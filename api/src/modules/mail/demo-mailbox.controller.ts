import { Controller, Get, Inject } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { DemoMail } from '@cohesion/contracts';
import { Public } from '../../common/access.decorators';
import { ProblemException } from '../../common/problem.exception';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { MailOutboxRepository } from './mail-outbox.repository';

const MAILBOX_SIZE = 50;

class DemoMailDto implements DemoMail {
  @ApiProperty() to: string;
  @ApiProperty() subject: string;
  @ApiProperty() text: string;
  @ApiProperty({ format: 'date-time' }) sentAt: string;
}

/**
 * The demo's mailbox: every email the demo would have sent, newest first. Public, so that a newcomer who asked for a
 * password reset can read the link while signed out; it exists in demo mode only, where every account is fake.
 */
@ApiTags('demo')
@Public()
@Controller('demo/mail')
export class DemoMailboxController {
  constructor(
    private readonly outbox: MailOutboxRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOkResponse({ type: [DemoMailDto], description: `Demo mode only: the latest ${MAILBOX_SIZE} emails caught, newest first.` })
  @ApiNotFoundResponse({ description: 'Outside demo mode, mail leaves for real and there is no mailbox.' })
  mailbox(): Promise<DemoMail[]> {
    if (!this.config.demoMode) throw new ProblemException(404, 'not_found', 'Not found', 'The demo mailbox exists in demo mode only.');
    return this.outbox.kept(MAILBOX_SIZE);
  }
}
