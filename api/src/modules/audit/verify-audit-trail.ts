import type { DataSource } from 'typeorm';
import { AuditRepository } from './audit.repository';

/** `cli.js audit-verify`: recomputes every chain of the audit trail, prints each one's state; resolves with the broken ones' count. */
export async function verifyAuditTrail(db: DataSource, print: (line: string) => void): Promise<number> {
  const audit = new AuditRepository();
  let broken = 0;
  for (const chain of await audit.chains(db)) {
    const result = await audit.verify(db, chain.organizationId);
    if (result.verified) {
      print(`verified  ${chain.name}: ${result.rows} rows`);
    } else {
      broken += 1;
      const row = result.firstBrokenRow;
      print(`BROKEN    ${chain.name}: ${result.rows} rows; first broken row is seq ${row?.seq} (${row?.reason.replace('_', ' ')})`);
    }
  }
  return broken;
}
