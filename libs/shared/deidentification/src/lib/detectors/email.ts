import { candidate, mapMatches, type Candidate } from './candidate';

const EMAIL = /(?<![\w.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])/g;

// Addresses typed to dodge filters: "jane.doe [at] gmail [dot] com", "jdoe at outlook dot com".
const OBFUSCATED_EMAIL =
  /(?<![\w.])[A-Za-z0-9][\w.+-]*\s*(?:\[at\]|\(at\)|\{at\}|\sat\s)\s*[A-Za-z0-9-]+(?:\s*(?:\[dot\]|\(dot\)|\{dot\}|\sdot\s|\.)\s*[A-Za-z0-9-]+)*\s*(?:\[dot\]|\(dot\)|\{dot\}|\sdot\s)\s*(?:com|org|net|edu|gov|io|me|co|uk|ca|us)\b/gi;

/** Finds e-mail addresses, including "[at]"/"dot" obfuscations. */
export function detectEmails(text: string): Candidate[] {
  if (!text.includes('@') && !/\bat\b|\[at\]|\(at\)/i.test(text)) return [];
  return [
    ...mapMatches(EMAIL, text, (m) => candidate('email', text, m.index, m.index + m[0].length, 2)),
    ...mapMatches(OBFUSCATED_EMAIL, text, (m) => candidate('email', text, m.index, m.index + m[0].length, 2)),
  ];
}
