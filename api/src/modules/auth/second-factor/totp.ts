import { Secret, TOTP } from 'otpauth';
import { renderSVG } from 'uqr';

/** RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30-second steps. */
const PERIOD_SECONDS = 30;
/** One step either side forgives a phone clock that is a little off. */
const ACCEPTED_DRIFT_STEPS = 1;

function totpOf(secret: Buffer, label = 'account'): TOTP {
  return new TOTP({ issuer: 'Cohesion', label, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: new Secret({ buffer: bufferOf(secret) }) });
}

function bufferOf(bytes: Buffer): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** A new 160-bit secret (RFC 4226 recommends 160 bits). */
export function newTotpSecret(): Buffer {
  return Buffer.from(new Secret({ size: 20 }).bytes);
}

/** What an authenticator app needs: the secret in base32 for typing, the otpauth URI and that URI as a QR code (SVG data URL). */
export function totpEnrollment(secret: Buffer, accountLabel: string): { secret: string; otpauthUri: string; qrCodeSvg: string } {
  const totp = totpOf(secret, accountLabel);
  const otpauthUri = totp.toString();
  const svg = renderSVG(otpauthUri, { ecc: 'M', border: 2 });
  return { secret: totp.secret.base32, otpauthUri, qrCodeSvg: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/**
 * The time step a six-digit code belongs to, or null when it matches none near now. A step at or before `lastStep`
 * is refused: a code once accepted cannot be replayed, even within its 30 seconds.
 */
export function acceptedTotpStep(secret: Buffer, code: string, lastStep: number | null, now: number): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpOf(secret).validate({ token: code, timestamp: now, window: ACCEPTED_DRIFT_STEPS });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}
