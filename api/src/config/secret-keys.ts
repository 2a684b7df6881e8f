import { hkdfSync } from 'node:crypto';
import { ConfigError, SECRET_KEY_REQUIRED, type AppConfig } from './app-config';

/** Demo data is fake, so demo mode may run without a configured key; nothing else may. */
const DEMO_ONLY_KEY = 'cohesion demo mode only: never protects real secrets';

/** Every use of COHESION_SECRET_KEY gets a key of its own, so that one purpose's key says nothing about another's. */
export type KeyPurpose =
  | 'second-factor secrets'
  | 'audit chain'
  | 'audit checkpoints'
  | 'csrf tokens'
  | 'device cookies'
  | 'single-use links'
  | 'mail content'
  | 'single sign-on secrets';

/**
 * A 32-byte key for one purpose, derived from COHESION_SECRET_KEY with HKDF-SHA256. The setting itself never leaves
 * the process: nothing derived from it is stored in the database.
 */
export function derivedKey(config: Pick<AppConfig, 'secretKey' | 'demoMode'>, purpose: KeyPurpose): Buffer {
  const secret = config.secretKey ?? (config.demoMode ? DEMO_ONLY_KEY : null);
  if (secret === null) throw new ConfigError([SECRET_KEY_REQUIRED]);
  return Buffer.from(hkdfSync('sha256', secret, 'cohesion', purpose, 32));
}
