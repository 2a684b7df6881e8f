import type { ProgramSummary } from '@cohesion/contracts';
import type { ProgramRow } from './programs.repository';

/** Allowlist mapper: only these fields ever leave the API. */
export function toProgramSummary(row: ProgramRow): ProgramSummary {
  return { id: row.id, name: row.name, groupCount: row.groupCount };
}
