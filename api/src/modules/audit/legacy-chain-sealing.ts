import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config';
import { CHAIN_KEYED, GENESIS, type KeyingEvidence } from './chain-walk';
import { standaloneAudit, type StandaloneAudit } from './standalone-audit';

/** A chain that migration 1765020000000 left to seal, with how its SHA-256 links verified then. */
interface LegacyChain {
  organizationId: string | null;
  legacyRows: number;
  firstBrokenSeq: number | null;
  firstBrokenReason: string | null;
}

/** Sealing was asked for a chain the key sealed already: only the owner's login can have asked. */
export class AuditResealRefused extends Error {}

/**
 * Completes migration 1765020000000 (keyed audit chain) with the key a migration never has: every row of each chain it
 * left is sealed again, in order, with the keyed HMAC, and one more row records how the chain's SHA-256 links verified
 * before (`audit.chain_keyed`: rows, verified, first broken row). A chain tampered with before the upgrade is thus not
 * laundered by its new seals: verification names it (`broken_before_keying`). Then the chains are checkpointed. Runs
 * after every migration, and does nothing once no chain is left; a process that comes second finds its chain done.
 *
 * The list of chains to seal is a table the owner can write: a chain that has a checkpoint, or a row the key sealed,
 * is never sealed again (that would launder whatever the owner changed in it); start-up stops and says so.
 */
export async function sealLegacyAuditChains(db: DataSource, config: Pick<AppConfig, 'secretKey' | 'demoMode' | 'dataDir'>): Promise<void> {
  const left: LegacyChain[] = await db.query(
    `SELECT organization_id AS "organizationId", legacy_rows::int AS "legacyRows", first_broken_seq::int AS "firstBrokenSeq",
            first_broken_reason AS "firstBrokenReason"
       FROM audit_chain_rekeying`,
  );
  if (!left.length) return;
  const audit = standaloneAudit(config);
  for (const chain of left) await db.transaction((tx) => sealChain(tx, audit, chain));
  await audit.checkpointAppended(db);
}

async function sealChain(tx: EntityManager, audit: StandaloneAudit, chain: LegacyChain): Promise<void> {
  await tx.query(`SELECT FROM audit_chain_head($1)`, [chain.organizationId]);
  const [stillLeft] = await tx.query(`SELECT 1 FROM audit_chain_rekeying WHERE organization_id IS NOT DISTINCT FROM $1`, [chain.organizationId]);
  if (!stillLeft) return;
  if (await audit.checkpoints.latest(chain.organizationId)) throw refusal(chain, 'it has a checkpoint');
  // Rows are append-only, to the owner too, until this transaction lets their hashes be written once.
  await tx.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
  let previous = GENESIS.hash;
  for await (const batch of audit.rows.chainRows(tx, chain.organizationId)) {
    const links = batch.map((row) => {
      if (row.hash.equals(audit.seal.of(row, row.previousHash))) throw refusal(chain, `its row ${row.seq} bears the key's seal`);
      const link = { id: row.id, previous: previous.toString('hex'), hash: audit.seal.of(row, previous).toString('hex') };
      previous = Buffer.from(link.hash, 'hex');
      return link;
    });
    await tx.query(
      `UPDATE audit_event e SET previous_hash = decode(l.previous, 'hex'), hash = decode(l.hash, 'hex')
         FROM unnest($1::bigint[], $2::text[], $3::text[]) AS l (id, previous, hash) WHERE e.id = l.id`,
      [links.map((l) => l.id), links.map((l) => l.previous), links.map((l) => l.hash)],
    );
  }
  await tx.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
  const evidence: KeyingEvidence = {
    legacyRows: chain.legacyRows,
    legacyVerified: chain.firstBrokenSeq === null,
    firstBrokenRow: chain.firstBrokenSeq === null ? null : { seq: chain.firstBrokenSeq, reason: chain.firstBrokenReason as string },
  };
  await audit.rows.append(tx, {
    organizationId: chain.organizationId,
    actorId: null,
    actorRole: null,
    ip: null,
    requestId: null,
    entityType: null,
    entityId: null,
    memberCode: null,
    action: CHAIN_KEYED,
    outcome: evidence.legacyVerified ? 'success' : 'failure',
    detail: { ...evidence },
  });
  await tx.query(`DELETE FROM audit_chain_rekeying WHERE organization_id IS NOT DISTINCT FROM $1`, [chain.organizationId]);
}

function refusal(chain: LegacyChain, why: string): AuditResealRefused {
  const name = chain.organizationId === null ? 'the chain of sign-ins of unknown accounts' : `the audit chain of organization ${chain.organizationId}`;
  return new AuditResealRefused(
    `audit_chain_rekeying asks to seal ${name} with the key, which sealed it already (${why}): only someone with the owner's login can have ` +
      'written that row, so Cohesion will not seal the chain again; look into what changed, then delete the row as the owner.',
  );
}
