import { candidate, mapMatches, trimTrailingPunctuation, type Candidate } from './candidate';

const PATH = String.raw`(?:[/?#][^\s<>"'\x60]*)?`;
const LABEL = String.raw`[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?`;
// Generic TLDs are safe to recognise in bare domains; two-letter country codes that are also English
// words ("in", "it", "me", "us") are only accepted after a second-level label or with a path (see below).
const GENERIC_TLDS = 'com|org|net|edu|gov|mil|info|biz|health|care|clinic|app|dev|online|site|xyz|social|church|blog|news|ly|io|co|uk|ca|au|de|fr|nz|ie|tv|ai';
const WORDLIKE_TLDS = 'in|it|me|us|is|to|am|be|my|at|by|so|no|do|go|or|on|we|he';

const SCHEME_URL = /\b(?:https?|ftp):\/\/[^\s<>"'`]+/gi;
const WWW_URL = new RegExp(String.raw`(?<![\w.@/-])www\.(?:${LABEL}\.)+[A-Za-z]{2,24}(?![\w-])${PATH}`, 'gi');
const BARE_DOMAIN = new RegExp(String.raw`(?<![\w.@/:-])(?:${LABEL}\.)+(?:${GENERIC_TLDS})(?![\w-])(?::\d{2,5})?${PATH}`, 'g');
const BARE_DOMAIN_WORDLIKE_TLD = new RegExp(String.raw`(?<![\w.@/:-])(?:${LABEL}\.)+(?:${WORDLIKE_TLDS})(?=[/?#])${PATH}`, 'g');

function urlCandidate(text: string, start: number, raw: string): Candidate | null {
  const value = trimTrailingPunctuation(raw);
  return value.includes('.') ? candidate('url', text, start, start + value.length, 1) : null;
}

/** Finds web addresses: with a scheme, starting with www., or bare domains such as example.org/path. */
export function detectUrls(text: string): Candidate[] {
  if (!text.includes('.')) return [];
  return [SCHEME_URL, WWW_URL, BARE_DOMAIN, BARE_DOMAIN_WORDLIKE_TLD].flatMap((pattern) => mapMatches(pattern, text, (m) => urlCandidate(text, m.index, m[0])));
}
