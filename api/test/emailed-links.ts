import type { DataSource } from 'typeorm';
import { SecretBox } from '../src/common/secret-box';
import { testConfig } from './test-config';

/**
 * The token of the newest link emailed to this address (an invitation, a password reset), read from the outbox as its
 * person would read their inbox. Outbox rows are keyed by event, so tests side by side never read each other's.
 */
export async function emailedToken(db: Pick<DataSource, 'query'>, to: string): Promise<string> {
  const [row] = await db.query(
    `SELECT sealed_message AS sealed FROM mail_outbox WHERE recipient = $1 AND sealed_message IS NOT NULL ORDER BY created_at DESC LIMIT 1`,
    [to.trim().toLowerCase()],
  );
  if (!row) throw new Error(`no email to ${to} in the outbox`);
  const { text } = JSON.parse(SecretBox.forPurpose(testConfig(), 'mail content').open(row.sealed).toString('utf8')) as { text: string };
  const token = /#token=([A-Za-z0-9_-]{43})/.exec(text)?.[1];
  if (!token) throw new Error(`the newest email to ${to} holds no link`);
  return token;
}
