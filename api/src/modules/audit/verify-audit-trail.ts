import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config';
import { standaloneAudit } from './standalone-audit';

/**
 * `cli.js audit-verify`: recomputes the seals of every chain of the audit trail and checks each against its latest
 * checkpoint, prints each one's state; resolves with the broken ones' count. The chains are those of the database and
 * those the checkpoints name: an organization deleted with its trail is a chain missing all its rows.
 */
export async function verifyAuditTrail(
  db: DataSource,
  config: Pick<AppConfig, 'secretKey' | 'demoMode' | 'dataDir'>,
  print: (line: string) => void,
): Promise<number> {
  const audit = standaloneAudit(config);
  let broken = 0;
  const inDatabase = await audit.rows.chains(db);
  const known = new Set(inDatabase.map((chain) => chain.organizationId));
  const vanished = (await audit.checkpoints.anchoredChains())
    .filter((organizationId) => !known.has(organizationId))
    .map((organizationId) => ({ organizationId, name: `organization ${organizationId} (no longer in the database)` }));
  for (const chain of [...inDatabase, ...vanished]) {
    const result = await audit.chains.verify(db, chain.organizationId);
    const checkpoint = result.checkpoint ? `checkpoint at seq ${result.checkpoint.seq} (${result.checkpoint.at})` : 'no checkpoint yet';
    if (result.verified) {
      print(`verified  ${chain.name}: ${result.rows} rows; ${checkpoint}`);
    } else {
      broken += 1;
      const row = result.firstBrokenRow;
      print(`BROKEN    ${chain.name}: ${result.rows} rows; ${checkpoint}; first broken row is seq ${row?.seq} (${row?.reason.replaceAll('_', ' ')})`);
    }
  }
  return broken;
}
