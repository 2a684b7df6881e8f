import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { SqlRunner } from '../audit/audit.repository';
import { AccountLinksRepository, type LinkPurpose, type LinkedAccount } from './account-links.repository';

/** A single-use link: the path to open on this Cohesion's address (the token after `#`) and until when it works. */
export interface AccountLink {
  path: string;
  expiresAt: string;
}

/** How long each kind of link works: an invitation 72 hours (OWASP's upper bound for such links), a reset 30 minutes. */
const LIFETIME_MINUTES: Record<LinkPurpose, number> = { invitation: 72 * 60, password_reset: 30 };
/** The page that opens each kind of link. The token follows `#`: browsers never send it to a server or a log. */
const PAGE: Record<LinkPurpose, string> = { invitation: '/welcome', password_reset: '/reset-password' };

/**
 * Single-use links that let a person act on their own account without anyone else knowing a secret of theirs: 256
 * random bits, shown once, kept only as a SHA-256 digest; a new link of the same purpose revokes the older ones.
 */
@Injectable()
export class AccountLinks {
  constructor(private readonly links: AccountLinksRepository) {}

  async issue(tx: SqlRunner, account: { organizationId: string; userId: string }, purpose: LinkPurpose, createdBy: string | null): Promise<AccountLink> {
    const token = randomBytes(32).toString('base64url');
    await this.links.revokeUnused(tx, account.userId, purpose);
    const expiresAt = await this.links.insert(tx, { ...account, purpose, tokenHash: digest(token), createdBy, lifetimeMinutes: LIFETIME_MINUTES[purpose] });
    return { path: `${PAGE[purpose]}#token=${token}`, expiresAt: expiresAt.toISOString() };
  }

  /** The account a live link is for, without using the link up; null for any link that does not work. */
  find(tx: SqlRunner, token: string, purpose: LinkPurpose): Promise<LinkedAccount | null> {
    return this.links.findLive(tx, digest(token), purpose);
  }

  /** Uses the link up (once, even under concurrent requests) and answers its account; null when it does not work. */
  use(tx: SqlRunner, token: string, purpose: LinkPurpose): Promise<LinkedAccount | null> {
    return this.links.markUsed(tx, digest(token), purpose);
  }

  revoke(tx: SqlRunner, userId: string, purpose: LinkPurpose): Promise<number> {
    return this.links.revokeUnused(tx, userId, purpose);
  }

  issuedRecently(tx: SqlRunner, userId: string, purpose: LinkPurpose, minutes: number): Promise<number> {
    return this.links.countRecent(tx, userId, purpose, minutes);
  }
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
