import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { errorForLog } from '../../common/error-log';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { UnitOfWork } from '../../database/unit-of-work';
import { GroupAccess } from '../access/group-access';
import { CheckInsService } from '../analytics/check-ins.service';
import { MailOutbox } from '../mail/mail-outbox';
import { ReviewQueueRepository } from '../sessions/review-queue.repository';
import { digestWeekDue } from './digest-week';
import { WeeklyDigestRepository, type DigestRecipient } from './weekly-digest.repository';

const CHECK_EVERY_MS = 5 * 60_000;
const WAITING_DAYS = 7;
const REVIEW_QUEUE_LIMIT = 100;

/** What one person's digest says: counts, and where to look. */
export interface DigestContent {
  openCheckIns: { groupId: string; count: number }[];
  climateDrops: string[];
  waitingCosignature: number;
}

/**
 * The Monday digest of directors and supervisors, as counts and links only: open check-ins by group, notes waiting
 * over a week for their co-signature, the groups whose climate dropped. Every replica looks every few minutes; the
 * outbox queues one message per person and week, so each person gets at most one a week whoever looks.
 */
@Injectable()
export class WeeklyDigest implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('WeeklyDigest');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly recipients: WeeklyDigestRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly groups: GroupAccess,
    private readonly checkIns: CheckInsService,
    private readonly reviewQueue: ReviewQueueRepository,
    private readonly mail: MailOutbox,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.mail.pollMs === 0) return;
    this.timer = setInterval(
      () => void this.queueDue().catch((error) => this.logger.error({ error: errorForLog(error) }, 'weekly digest failed')),
      CHECK_EVERY_MS,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Queues the digests due now (Monday 08:00 to Tuesday 08:00, clinic time); answers how many were queued. */
  async queueDue(): Promise<number> {
    const now = this.clock.now();
    let queued = 0;
    for (const recipient of await this.recipients.findRecipients()) {
      const week = digestWeekDue(now, recipient.timeZone);
      if (week === null) continue;
      const actor = actorOf(recipient);
      const event = `weekly-digest:${recipient.userId}:${week}`;
      queued += await this.unitOfWork.run(actor, async (tx) => {
        // Every replica looks every few minutes of the day: the counts are worked out once.
        if (await this.mail.queued(tx, event)) return 0;
        const content = await this.contentFor(tx, actor, now);
        if (isEmpty(content)) return 0;
        return (await this.mail.queue(tx, event, recipient.email, this.message(recipient, week, content))) ? 1 : 0;
      });
    }
    return queued;
  }

  private async contentFor(tx: EntityManager, actor: Actor, now: Date): Promise<DigestContent> {
    const groupIds = await this.groups.visibleGroupIds(tx, actor);
    const byGroup = await this.checkIns.openByGroup(tx, actor.organizationId, groupIds);
    const waitingSince = now.getTime() - WAITING_DAYS * 86_400_000;
    const waiting = actor.role === 'supervisor' ? await this.reviewQueue.findWaiting(tx, actor, REVIEW_QUEUE_LIMIT) : [];
    return {
      openCheckIns: [...byGroup].filter(([, counts]) => counts.open > 0).map(([groupId, counts]) => ({ groupId, count: counts.open })),
      climateDrops: [...byGroup].filter(([, counts]) => counts.climateDrops > 0).map(([groupId]) => groupId),
      waitingCosignature: waiting.filter((item) => Date.parse(item.signedAt) < waitingSince).length,
    };
  }

  private message(recipient: DigestRecipient, week: string, content: DigestContent) {
    const link = (path: string) => this.mail.link(path);
    const open = content.openCheckIns.reduce((sum, group) => sum + group.count, 0);
    const paragraphs = [
      `Your Cohesion week at ${recipient.organizationName}, as of Monday ${week}: counts and links only; the details are in Cohesion.`,
      open > 0
        ? `Open check-ins: ${open} in ${content.openCheckIns.length} group${content.openCheckIns.length === 1 ? '' : 's'}: ${content.openCheckIns
            .map((group) => `${group.count} at ${link(`/groups/${group.groupId}`)}`)
            .join('; ')}.`
        : 'Open check-ins: none.',
    ];
    if (recipient.role === 'supervisor') {
      paragraphs.push(
        `Notes waiting over ${WAITING_DAYS} days for your co-signature: ${content.waitingCosignature}${content.waitingCosignature ? ` (${link('/review')})` : ''}.`,
      );
    }
    paragraphs.push(
      content.climateDrops.length
        ? `Groups whose climate dropped: ${content.climateDrops.length}: ${content.climateDrops.map((groupId) => link(`/groups/${groupId}`)).join('; ')}.`
        : 'Groups whose climate dropped: none.',
    );
    return {
      subject: `Your Cohesion week: ${open} open check-in${open === 1 ? '' : 's'}`,
      greeting: `Hello ${recipient.displayName},`,
      paragraphs,
      footer: 'You receive this every Monday as a clinical director or supervisor. Turn it off under Account and security.',
    };
  }
}

function isEmpty(content: DigestContent): boolean {
  return content.openCheckIns.length === 0 && content.climateDrops.length === 0 && content.waitingCosignature === 0;
}

/** The digest reads as its recipient would: the same access rules, in their organization. */
function actorOf(recipient: DigestRecipient): Actor {
  return {
    userId: recipient.userId,
    organizationId: recipient.organizationId,
    timeZone: recipient.timeZone,
    role: recipient.role,
    sessionId: 'weekly-digest',
    ip: null,
    requestId: 'weekly-digest',
  };
}
