import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { AppConfig } from '../config/app-config';
import { derivedKey, type KeyPurpose } from '../config/secret-keys';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts small secrets for storage (AES-256-GCM, a fresh IV each time, authenticated so a changed byte is refused).
 * Each use has a key of its own, derived from COHESION_SECRET_KEY for that purpose alone (see secret-keys.ts).
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {}

  static forPurpose(config: Pick<AppConfig, 'secretKey' | 'demoMode'>, purpose: KeyPurpose): SecretBox {
    return new SecretBox(derivedKey(config, purpose));
  }

  seal(plain: Buffer): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  open(sealed: Buffer): Buffer {
    const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(0, IV_BYTES));
    decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  }
}
