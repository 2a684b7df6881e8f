import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

/** OWASP password storage: argon2id, 19 MiB memory, 2 iterations, 1 lane. */
const ARGON2ID = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** An argon2id hash of `password`, for storing. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

/** Verifies sign-in passwords; unknown emails cost the same work as known ones. */
@Injectable()
export class PasswordHasher {
  /** A real hash of a random password, verified against when the email is unknown so both answers take as long. */
  private readonly decoy = hashPassword(randomBytes(32).toString('base64url'));

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    const target = passwordHash ?? (await this.decoy);
    try {
      const matches = await verify(target, password);
      return matches && passwordHash !== null;
    } catch {
      return false;
    }
  }
}
