import { candidate, countDigits, mapMatches, type Candidate } from './candidate';

const EXTENSION = String.raw`(?:\s*(?:ext\.?|x|extension)\s*\d{1,5})?`;
const SHAPES = [
  // North American with separators: (555) 123-4567, 555-123-4567, 555.123.4567, +1 555 123 4567, 1-800-555-0199
  String.raw`(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}`,
  // North American as one run: 5551234567 or +15551234567 (a 10-digit run is read as a phone first)
  String.raw`(?:\+?1)?[2-9]\d{9}`,
  // International with a country code: +44 20 7946 0958, 0044 20 7946 0958, +33 1 23 45 67 89, +44 (0)20 7946 0958
  String.raw`(?:\+|00)\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,5}){1,5}`,
  // UK and other trunk-prefixed national numbers: 07700 900123, 020 7946 0958, 0161 496 0000
  String.raw`\(?0\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}`,
  // Local seven-digit numbers: 555-1234, 555.1234
  String.raw`\d{3}[.-]\d{4}`,
];
const PHONE = new RegExp(String.raw`(?<![\w+.\-/])(?:${SHAPES.join('|')})${EXTENSION}(?![\w/]|[.-]\d)`, 'g');

function isPlausiblePhone(value: string): boolean {
  const digits = countDigits(value);
  if (value.startsWith('+')) return digits >= 8 && digits <= 15;
  if (value.startsWith('00')) return digits >= 10 && digits <= 17;
  if (value.replace(/^\(/, '').startsWith('0')) return digits >= 10 && digits <= 11;
  return digits === 7 || digits === 10 || digits === 11;
}

/** Finds telephone and fax numbers in North American, UK and international formats. */
export function detectPhones(text: string): Candidate[] {
  return mapMatches(PHONE, text, (m) => {
    const value = m[0];
    if (!isPlausiblePhone(value.replace(/\s*(?:ext\.?|x|extension)\s*\d{1,5}$/, ''))) return null;
    return candidate('phone', text, m.index, m.index + value.length, 1);
  });
}
