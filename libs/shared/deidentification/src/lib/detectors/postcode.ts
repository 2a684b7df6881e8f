import { candidate, groupSpan, mapMatches, type Candidate } from './candidate';
import { ALL_STREET_TYPES, US_STATE_CODES, US_STATE_NAMES } from './street-vocabulary';

const ZIP = String.raw`(\d{5}(?:-\d{4})?)(?![\d-])`;

// A bare 5-digit number is only a ZIP code when the context says so.
const ZIP_AFTER_STATE = new RegExp(String.raw`\b(?:${US_STATE_CODES}|${US_STATE_NAMES})\.?,?\s{1,2}${ZIP}`, 'gd');
// "Boise, ID 83702": a city before the state outranks the "ID <number>" id cue.
const ZIP_AFTER_CITY_AND_STATE = new RegExp(String.raw`\p{Lu}\p{Ll}+,\s*(?:${US_STATE_CODES}|${US_STATE_NAMES})\.?,?\s{1,2}${ZIP}`, 'gdu');
const ZIP_AFTER_LABEL = new RegExp(
  String.raw`\b(?:zip|zip\s*code|zipcode|post(?:al)?\s*code|postcode)s?\b\s*(?:is|was|of|number|no\.?)?\s*[:#]?\s*${ZIP}`,
  'gid',
);
const ZIP_AFTER_STREET_AND_CITY = new RegExp(String.raw`\b(?:${ALL_STREET_TYPES})\b\.?,?\s+(?:\p{Lu}\p{Ll}+\s?){1,3},?\s+${ZIP}`, 'gdu');
const ZIP_PLUS_FOUR = /(?<![\w-])\d{5}-\d{4}(?![\w-])/g;

// Outward code + inward code; the inward letters never use C, I, K, M, O or V.
const UK_POSTCODE = /(?<![\w-])(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})(?![\w-])/g;
const CANADIAN_POSTCODE = /(?<![\w-])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d(?![\w-])/g;

function zipGroup(text: string, m: RegExpExecArray, specificity = 2): Candidate | null {
  const span = groupSpan(m, 1);
  return span ? candidate('postcode', text, span[0], span[1], specificity) : null;
}

/** Finds US ZIP codes in context (after a state, a "zip" label or a street address), UK and Canadian postcodes. */
export function detectPostcodes(text: string): Candidate[] {
  return [
    ...mapMatches(ZIP_AFTER_CITY_AND_STATE, text, (m) => zipGroup(text, m, 4)),
    ...[ZIP_AFTER_STATE, ZIP_AFTER_LABEL, ZIP_AFTER_STREET_AND_CITY].flatMap((pattern) => mapMatches(pattern, text, (m) => zipGroup(text, m))),
    ...[ZIP_PLUS_FOUR, UK_POSTCODE, CANADIAN_POSTCODE].flatMap((pattern) =>
      mapMatches(pattern, text, (m) => candidate('postcode', text, m.index, m.index + m[0].length, 2)),
    ),
  ];
}
