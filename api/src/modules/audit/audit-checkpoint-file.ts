import { createHmac, timingSafeEqual } from 'node:crypto';
import { appendFile, mkdir, open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { canonicalJson } from '@cohesion/domain';
import type { AppConfig } from '../../config/app-config';
import { derivedKey } from '../../config/secret-keys';

/** A chain's head as a checkpoint recorded it: the organization (null: sign-ins of unknown accounts), seq and hash (hex). */
export interface ChainAnchor {
  organizationId: string | null;
  seq: number;
  hash: string;
}

/** One line of the file: when, the chains anchored, and the HMAC of both under the 'audit checkpoints' key. */
interface CheckpointLine {
  at: string;
  chains: ChainAnchor[];
  signature: string;
}

const FILE_NAME = 'audit-checkpoints.jsonl';
const READ_CHUNK_BYTES = 64 * 1024;

/**
 * The audit trail's checkpoints, outside the database: an append-only file of JSON lines in the data folder, each
 * signed with a key derived from COHESION_SECRET_KEY. Whoever controls the database can neither change a line nor
 * forge one; deleting a chain's newest rows, or replacing them, leaves the chain short of, or different from, its
 * latest checkpoint.
 */
export class AuditCheckpointFile {
  constructor(
    readonly path: string,
    private readonly key: Buffer,
  ) {}

  static fromConfig(config: Pick<AppConfig, 'dataDir' | 'secretKey' | 'demoMode'>): AuditCheckpointFile {
    return new AuditCheckpointFile(join(config.dataDir, FILE_NAME), derivedKey(config, 'audit checkpoints'));
  }

  /** Appends one signed line anchoring `chains`, and answers it. One write of one line, so writers never interleave. */
  async append(chains: ChainAnchor[], at: Date): Promise<string> {
    const body = { at: at.toISOString(), chains };
    const line = JSON.stringify({ ...body, signature: this.signature(body) } satisfies CheckpointLine);
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    await appendFile(this.path, `${line}\n`, { mode: 0o600 });
    return line;
  }

  /** The newest anchor of the chain and when it was written, or null; lines that do not verify are passed over. */
  async latest(organizationId: string | null): Promise<(ChainAnchor & { at: string }) | null> {
    for await (const text of linesFromEnd(this.path)) {
      const line = this.verified(text);
      const anchor = line?.chains.find((chain) => chain.organizationId === organizationId);
      if (line && anchor) return { ...anchor, at: line.at };
    }
    return null;
  }

  /** Every chain any verified line anchored (a chain that vanished from the database is among them). Reads the whole file. */
  async anchoredChains(): Promise<(string | null)[]> {
    const chains = new Set<string | null>();
    for await (const text of linesFromEnd(this.path)) {
      for (const anchor of this.verified(text)?.chains ?? []) chains.add(anchor.organizationId);
    }
    return [...chains];
  }

  private verified(text: string): CheckpointLine | null {
    let line: CheckpointLine;
    try {
      line = JSON.parse(text);
    } catch {
      return null;
    }
    const expected = Buffer.from(this.signature({ at: line.at, chains: line.chains }), 'hex');
    const given = Buffer.from(String(line.signature), 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected) && Array.isArray(line.chains) ? line : null;
  }

  private signature(body: Omit<CheckpointLine, 'signature'>): string {
    return createHmac('sha256', this.key).update(canonicalJson(body)).digest('hex');
  }
}

/** The file's lines, last first, read a chunk at a time from the end (the newest checkpoint is near it); none when there is no file. */
async function* linesFromEnd(path: string): AsyncGenerator<string> {
  const file = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!file) return;
  try {
    let position = (await file.stat()).size;
    // The lines are ASCII (ids, hex, times, numbers): splitting bytes at newlines splits no character.
    let rest = Buffer.alloc(0);
    while (position > 0) {
      const size = Math.min(READ_CHUNK_BYTES, position);
      position -= size;
      const chunk = Buffer.alloc(size);
      await file.read(chunk, 0, size, position);
      rest = Buffer.concat([chunk, rest]);
      for (let end = rest.lastIndexOf(0x0a); end >= 0; end = rest.lastIndexOf(0x0a)) {
        const line = rest
          .subarray(end + 1)
          .toString('ascii')
          .trim();
        rest = rest.subarray(0, end);
        if (line) yield line;
      }
    }
    const first = rest.toString('ascii').trim();
    if (first) yield first;
  } finally {
    await file.close();
  }
}
