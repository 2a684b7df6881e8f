import type { AuditAction, AuditChainBreak } from '@cohesion/contracts';
import type { AuditSeal } from './audit-seal';
import type { ChainPoint, StoredAuditRow } from './audit.repository';

/** Where every chain starts: before its first row, whose previous hash is 32 zero bytes. */
export const GENESIS: ChainPoint = { seq: 0, hash: Buffer.alloc(32) };

export interface BrokenRow {
  seq: number;
  reason: AuditChainBreak;
}

/** What a chain's first keyed row says of the SHA-256 chain it sealed (legacy-chain-sealing.ts). */
export interface KeyingEvidence {
  legacyRows: number;
  legacyVerified: boolean;
  firstBrokenRow: { seq: number; reason: string } | null;
}

export const CHAIN_KEYED: AuditAction = 'audit.chain_keyed';

/**
 * Follows a chain row by row, in order, and keeps its first (lowest) broken row: a gap in the numbers, a row that does
 * not link to the one before, a row whose seal does not match its content, a keyed row that records its chain was
 * broken before it was keyed, and, given a checkpoint, a row that differs from the one checkpointed or a chain that
 * ends before it. After a broken row it goes on from that row as stored, so that one edit is one finding.
 */
export class ChainWalk {
  private last: ChainPoint;
  private readonly checkpoint: ChainPoint | null;
  private walked = 0;
  private firstBreak: BrokenRow | null = null;
  private linksHold = true;

  /** `from`: a row already verified to start after (the chain's start, or a checkpointed row). */
  constructor(
    private readonly seal: AuditSeal,
    { from = GENESIS, checkpoint = null }: { from?: ChainPoint; checkpoint?: ChainPoint | null } = {},
  ) {
    this.last = from;
    this.checkpoint = checkpoint;
  }

  add(row: StoredAuditRow): void {
    this.walked += 1;
    if (row.seq !== this.last.seq + 1) this.broken(this.last.seq + 1, 'missing_row');
    else if (!row.previousHash.equals(this.last.hash)) this.broken(row.seq, 'previous_hash');
    else if (!row.hash.equals(this.seal.of(row, row.previousHash))) this.broken(row.seq, 'content');
    else if (row.action === CHAIN_KEYED) this.recordKeyingEvidence(row.detail as KeyingEvidence);
    if (this.checkpoint?.seq === row.seq && !row.hash.equals(this.checkpoint.hash)) this.broken(row.seq, 'checkpoint_mismatch');
    this.last = { seq: row.seq, hash: row.hash };
  }

  /**
   * How many rows were walked, the first broken row (null: none), whether every row walked holds (links, seal and
   * checkpoint; a break recorded before keying is history, not a break of these rows), and the last row reached.
   */
  finish(): { rows: number; firstBrokenRow: BrokenRow | null; linksHold: boolean; head: ChainPoint } {
    if (this.checkpoint && this.last.seq < this.checkpoint.seq) this.broken(this.last.seq + 1, 'missing_newest_rows');
    return { rows: this.walked, firstBrokenRow: this.firstBreak, linksHold: this.linksHold, head: this.last };
  }

  private recordKeyingEvidence(evidence: KeyingEvidence): void {
    if (!evidence.legacyVerified) this.found(evidence.firstBrokenRow?.seq ?? 1, 'broken_before_keying');
  }

  private broken(seq: number, reason: AuditChainBreak): void {
    this.linksHold = false;
    this.found(seq, reason);
  }

  private found(seq: number, reason: AuditChainBreak): void {
    if (!this.firstBreak || seq < this.firstBreak.seq) this.firstBreak = { seq, reason };
  }
}
