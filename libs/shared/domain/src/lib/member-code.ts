/**
 * Pseudonymous member codes such as `M-7K3Q9D`: six random Crockford base32 symbols.
 * The code is drawn from randomness only, never from anything about the person (45 CFR 164.514(c)).
 */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const MEMBER_CODE_PATTERN = /^M-[0-9A-HJKMNP-TV-Z]{6}$/;

/** Builds a code from six random bytes supplied by the caller (crypto in production, fixed bytes in tests). */
export function memberCodeFromRandomBytes(bytes: Uint8Array): string {
  if (bytes.length < 6) throw new RangeError('memberCodeFromRandomBytes needs 6 random bytes');
  let code = 'M-';
  for (let i = 0; i < 6; i++) code += CROCKFORD_ALPHABET[bytes[i] % 32];
  return code;
}

export function isMemberCode(value: unknown): value is string {
  return typeof value === 'string' && MEMBER_CODE_PATTERN.test(value);
}
