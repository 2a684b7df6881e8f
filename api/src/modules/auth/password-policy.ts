import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/**
 * The ~49,000 most common passwords of public breach corpora, as shipped by zxcvbn-ts (NIST SP 800-63B 5.1.1.2 asks
 * verifiers to refuse passwords from such a list). Lower-cased once; the set costs about 3 MB.
 */
const COMMON_PASSWORDS = new Set(dictionary.passwords.map((word) => word.toLowerCase()));

/** Why a password cannot be used, in words for the person choosing it; null when it can. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `The password must have at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (isCommonPassword(password)) return 'This password appears in lists of breached passwords; choose one that is not a common word or pattern.';
  return null;
}

/**
 * A password is common when it is on the list, or is a listed password padded to length with what people usually
 * pad with: digits and punctuation around it ("password1234!"), or repetition ("dragondragon", "abcabcabcabc").
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  if (repeatedUnit(lower).length <= 3) return true;
  return [lower, core, repeatedUnit(lower), repeatedUnit(core)].some((candidate) => COMMON_PASSWORDS.has(candidate));
}

/** "abcabcabc" → "abc"; a string that is not a repetition is its own unit. */
function repeatedUnit(text: string): string {
  const match = /^(.+?)\1+$/.exec(text);
  return match ? match[1] : text;
}
