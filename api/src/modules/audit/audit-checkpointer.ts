import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppendedChains } from './appended-chains';
import { AuditChainVerifier } from './audit-chain-verifier';

const CHECKPOINT_INTERVAL_MS = 60_000;

/**
 * Anchors the chains this process appended to outside the database, at least once a minute while anything was
 * audited, and at shutdown: each checkpoint is one signed line of the data folder's checkpoint file, and one line of
 * the log. A chain broken since its last checkpoint is not anchored again; the log says so.
 */
@Injectable()
export class AuditCheckpointer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(AuditCheckpointer.name);
  private timer: NodeJS.Timeout | undefined;
  private previous: Promise<void> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly chains: AuditChainVerifier,
    private readonly appended: AppendedChains,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.checkpoint(), CHECKPOINT_INTERVAL_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.checkpoint();
  }

  /** Anchors what was appended since the last checkpoint; checkpoints run one after another. */
  checkpoint(): Promise<void> {
    this.previous = this.previous.then(() => this.anchorAppended());
    return this.previous;
  }

  private async anchorAppended(): Promise<void> {
    const chains = this.appended.take();
    if (!chains.length) return;
    try {
      const { line, unanchored } = await this.chains.checkpoint(this.db, chains);
      if (line) this.logger.log({ auditCheckpoint: JSON.parse(line) }, 'audit trail checkpoint');
      for (const { organizationId, firstBrokenRow } of unanchored) {
        this.logger.error({ organizationId, ...firstBrokenRow }, 'an audit chain broke since its last checkpoint, which stays its anchor');
      }
    } catch (error) {
      // Tried again at the next checkpoint.
      for (const chain of chains) this.appended.add(chain);
      this.logger.error({ err: error }, 'could not checkpoint the audit trail');
    }
  }
}
