import { candidate, mapMatches, type Candidate } from './candidate';
import { isNonNameWord } from '../lexicon/name-lexicon';
import { STREET_TYPES_ANY_CASE, STREET_TYPES_CAPITALIZED, US_STATE_CODES, US_STATE_NAMES } from './street-vocabulary';

// Numbers that count things rather than houses: "session 12 Recovery Circle", "step 4 Way".
const NOT_AFTER = String.raw`(?<!\b(?:[Ss]ession|[Ww]eek|[Ss]tep|[Gg]roup|[Rr]oom|[Dd]ay|[Ll]evel|[Pp]hase|[Mm]odule|[Cc]hapter|[Pp]age|[Ii]tem|[Qq]uestion|of|[Rr]ated|[Ss]core|[Ss]cored)\s)`;
const HOUSE_NUMBER = String.raw`(?<![\w/.,:-])\d{1,6}[A-Za-z]?(?:-\d{1,4}[A-Za-z]?)?`;
const DIRECTION = String.raw`(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+)?`;
const ORDINAL_STREET = String.raw`\d{1,3}(?:st|nd|rd|th)`;
const CAPITALIZED_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|${ORDINAL_STREET})`;
// Lower-case street names must not be function words: "2 blocks down the road" is not an address.
const FUNCTION_WORD = String.raw`(?:the|a|an|down|up|to|of|on|in|at|and|or|her|his|their|my|our|your|this|that|from|per|by|for|with|across|along|off|into|onto|same|busy|next|other|open|back|whole)\b`;
const ANY_WORD = String.raw`(?:(?!${FUNCTION_WORD})[\p{L}][\p{L}'’.-]*|${ORDINAL_STREET})`;
const TRAILING_DIRECTION = String.raw`(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?`;
const UNIT = String.raw`(?:,?\s*(?:Apt\.?|Apartment|Unit|Suite|Ste\.?|Flat|Fl\.?|Floor|#)\s*#?\s*[A-Za-z]?\d{1,5}[A-Za-z]?\b)?`;

const CAPITALIZED_STREET = new RegExp(
  `${NOT_AFTER}${HOUSE_NUMBER}\\s+${DIRECTION}(?:${CAPITALIZED_WORD}\\s+){1,4}(?:${STREET_TYPES_ANY_CASE}|${STREET_TYPES_CAPITALIZED})\\b\\.?${TRAILING_DIRECTION}${UNIT}`,
  'gu',
);
const LOWERCASE_STREET = new RegExp(
  `${NOT_AFTER}${HOUSE_NUMBER}\\s+${DIRECTION}(?:${ANY_WORD}\\s+){1,3}(?:${STREET_TYPES_ANY_CASE.toLowerCase()})\\b\\.?${UNIT}`,
  'gu',
);
const UNIT_ALONE = /\b(?:[Aa]pt\.?|[Aa]partment|Suite|Ste\.?|Flat)\s*#?\s*(?=[A-Za-z]?\d)[A-Za-z]?\d{1,5}[A-Za-z]?\b/g;
const PO_BOX = /\b(?:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box|POB)\s*#?\s*\d{1,7}\b/gi;

// A city is a Safe Harbor geographic identifier too; "Dayton, OH" must not end up as the name "Dayton".
const CITY_AND_STATE = new RegExp(
  String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}),\s*(?:${US_STATE_CODES}|${US_STATE_NAMES})(?![\p{L}\d-])`,
  'gdu',
);
const STATE_NAME = new RegExp(String.raw`^(?:${US_STATE_NAMES})$`);

function cityAndState(text: string, m: RegExpExecArray): Candidate | null {
  const city = m[1];
  if (STATE_NAME.test(city) || city.split(' ').some(isNonNameWord)) return null;
  return candidate('address', text, m.index, m.index + m[0].length, 1);
}

function toCandidate(text: string, m: RegExpExecArray): Candidate {
  return candidate('address', text, m.index, m.index + m[0].replace(/[\s,]+$/, '').length, 2);
}

/** Finds street addresses ("123 Main Street, Apt 4B"), apartment/suite numbers, PO boxes and "City, ST". */
export function detectAddresses(text: string): Candidate[] {
  return [
    ...[CAPITALIZED_STREET, LOWERCASE_STREET, UNIT_ALONE, PO_BOX].flatMap((pattern) => mapMatches(pattern, text, (m) => toCandidate(text, m))),
    ...mapMatches(CITY_AND_STATE, text, (m) => cityAndState(text, m)),
  ];
}
