import { Injectable } from '@nestjs/common';
import type { AuditChainVerification } from '@cohesion/contracts';
import { Clock } from '../../common/clock';
import { AuditCheckpointFile, type ChainAnchor } from './audit-checkpoint-file';
import { AuditSeal } from './audit-seal';
import { AuditRepository, type ChainPoint, type SqlRunner } from './audit.repository';
import { ChainWalk, GENESIS, type BrokenRow } from './chain-walk';

/** A chain a checkpoint did not anchor again, and why. */
export interface UnanchoredChain {
  organizationId: string | null;
  firstBrokenRow: BrokenRow;
}

const pointOf = (anchor: ChainAnchor): ChainPoint => ({ seq: anchor.seq, hash: Buffer.from(anchor.hash, 'hex') });

/** Verifies chains of the audit trail against their latest checkpoints, and anchors their heads in new ones. */
@Injectable()
export class AuditChainVerifier {
  constructor(
    private readonly rows: AuditRepository,
    private readonly seal: AuditSeal,
    private readonly checkpoints: AuditCheckpointFile,
    private readonly clock: Clock,
  ) {}

  /** Walks the whole chain, a batch of rows at a time, and checks that it reaches and matches its latest checkpoint. */
  async verify(db: SqlRunner, organizationId: string | null): Promise<AuditChainVerification> {
    const checkpoint = await this.checkpoints.latest(organizationId);
    const walk = new ChainWalk(this.seal, { checkpoint: checkpoint && pointOf(checkpoint) });
    for await (const batch of this.rows.chainRows(db, organizationId)) for (const row of batch) walk.add(row);
    const { rows, firstBrokenRow } = walk.finish();
    return { verified: firstBrokenRow === null, rows, firstBrokenRow, checkpoint: checkpoint && { seq: checkpoint.seq, at: checkpoint.at } };
  }

  /**
   * Anchors the heads of `chains` in one new checkpoint, each once the rows since its latest checkpoint verify (all
   * its rows when it has none): a chain cut short or rewritten since keeps its old anchor, and is answered instead.
   * Answers the line written (null when no chain moved) and the chains left unanchored.
   */
  async checkpoint(db: SqlRunner, chains: readonly (string | null)[]): Promise<{ line: string | null; unanchored: UnanchoredChain[] }> {
    const anchors: ChainAnchor[] = [];
    const unanchored: UnanchoredChain[] = [];
    for (const organizationId of chains) {
      const latest = await this.checkpoints.latest(organizationId);
      const since = await this.walkSince(db, organizationId, latest && pointOf(latest));
      if (since.firstBrokenRow && !since.linksHold) unanchored.push({ organizationId, firstBrokenRow: since.firstBrokenRow });
      else if (since.head.seq > (latest?.seq ?? 0)) anchors.push({ organizationId, seq: since.head.seq, hash: since.head.hash.toString('hex') });
    }
    return { line: anchors.length ? await this.checkpoints.append(anchors, this.clock.now()) : null, unanchored };
  }

  /** Verifies the rows after `anchor` (every row without one), once the anchored row itself is still there, unchanged. */
  private async walkSince(db: SqlRunner, organizationId: string | null, anchor: ChainPoint | null) {
    if (anchor) {
      const anchored = await this.rows.hashAt(db, organizationId, anchor.seq);
      if (!anchored?.equals(anchor.hash)) {
        const head = await this.rows.head(db, organizationId);
        const firstBrokenRow: BrokenRow = anchored
          ? { seq: anchor.seq, reason: 'checkpoint_mismatch' }
          : head && head.seq > anchor.seq
            ? { seq: anchor.seq, reason: 'missing_row' }
            : { seq: (head?.seq ?? 0) + 1, reason: 'missing_newest_rows' };
        return { firstBrokenRow, linksHold: false, head: anchor };
      }
    }
    const walk = new ChainWalk(this.seal, { from: anchor ?? GENESIS });
    for await (const batch of this.rows.chainRows(db, organizationId, anchor?.seq ?? 0)) for (const row of batch) walk.add(row);
    return walk.finish();
  }
}
