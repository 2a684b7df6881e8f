import { Clock, SystemClock } from '../../common/clock';
import type { AppConfig } from '../../config/app-config';
import { AppendedChains } from './appended-chains';
import { AuditChainVerifier, type UnanchoredChain } from './audit-chain-verifier';
import { AuditCheckpointFile } from './audit-checkpoint-file';
import { AuditSeal } from './audit-seal';
import { AuditRepository, type SqlRunner } from './audit.repository';

/** The audit trail for code that runs outside the API (the command line, the step after migrations). */
export interface StandaloneAudit {
  seal: AuditSeal;
  rows: AuditRepository;
  chains: AuditChainVerifier;
  checkpoints: AuditCheckpointFile;
  /** Anchors the chains appended to through `rows` in a checkpoint, as the API does every minute. */
  checkpointAppended(db: SqlRunner): Promise<{ line: string | null; unanchored: UnanchoredChain[] }>;
}

export function standaloneAudit(config: Pick<AppConfig, 'secretKey' | 'demoMode' | 'dataDir'>, clock: Clock = new SystemClock()): StandaloneAudit {
  const seal = AuditSeal.fromConfig(config);
  const appended = new AppendedChains();
  const rows = new AuditRepository(seal, appended);
  const checkpoints = AuditCheckpointFile.fromConfig(config);
  const chains = new AuditChainVerifier(rows, seal, checkpoints, clock);
  return { seal, rows, chains, checkpoints, checkpointAppended: (db) => chains.checkpoint(db, appended.take()) };
}
