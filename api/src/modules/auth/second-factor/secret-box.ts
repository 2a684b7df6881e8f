import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { ConfigError, SECRET_KEY_REQUIRED, type AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';

/** Demo data is fake, so demo mode may run without a configured key; nothing else may. */
const DEMO_ONLY_KEY = 'cohesion demo mode only: never protects real secrets';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts small secrets for storage (AES-256-GCM, a fresh IV each time, authenticated so a changed byte is refused).
 * The key is derived from COHESION_SECRET_KEY with HKDF, so the same setting can serve other purposes under another label.
 */
@Injectable()
export class SecretBox {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const secret = config.secretKey ?? (config.demoMode ? DEMO_ONLY_KEY : null);
    if (secret === null) {
      throw new ConfigError([SECRET_KEY_REQUIRED]);
    }
    this.key = Buffer.from(hkdfSync('sha256', secret, 'cohesion', 'second-factor secrets', 32));
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
