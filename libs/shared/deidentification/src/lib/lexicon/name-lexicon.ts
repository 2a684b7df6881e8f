import { AMBIGUOUS_FIRST_NAMES, AMBIGUOUS_SURNAMES } from './ambiguous-names';
import { FIRST_NAMES_PACKED, SURNAMES_PACKED } from './name-lexicon.data';
import { NON_NAME_WORDS, ORGANISATION_WORDS } from './non-name-words';

// Built once at module load; every lookup afterwards is a Set hit.
const FIRST_NAMES: ReadonlySet<string> = new Set(FIRST_NAMES_PACKED.split(' ').filter(Boolean));
const SURNAMES: ReadonlySet<string> = new Set(SURNAMES_PACKED.split(' ').filter(Boolean));
const AMBIGUOUS_FIRST: ReadonlySet<string> = new Set(AMBIGUOUS_FIRST_NAMES);
const AMBIGUOUS_SURNAME: ReadonlySet<string> = new Set(AMBIGUOUS_SURNAMES);
const NON_NAMES: ReadonlySet<string> = new Set(NON_NAME_WORDS);
const ORGANISATIONS: ReadonlySet<string> = new Set(ORGANISATION_WORDS);

/** True for a capitalized word that can never be a personal name here (pronoun, weekday, programme word...). */
export function isNonNameWord(word: string): boolean {
  return NON_NAMES.has(word);
}

/** True for a word such as "Circle" or "Church" that makes the words before it an organisation or place. */
export function isOrganisationWord(word: string): boolean {
  return ORGANISATIONS.has(word);
}

/** True when the word is a lexicon first name that is safe to flag on its own. */
export function isUnambiguousFirstName(word: string): boolean {
  return FIRST_NAMES.has(word) && !AMBIGUOUS_FIRST.has(word) && !NON_NAMES.has(word);
}

/** True when the word is a lexicon first name that needs a cue or a surname to count as a name. */
export function isAmbiguousFirstName(word: string): boolean {
  return FIRST_NAMES.has(word) && AMBIGUOUS_FIRST.has(word) && !NON_NAMES.has(word);
}

/** True for a lexicon surname that is not also an everyday word, so "<Capitalized> <surname>" is a full name. */
export function isDistinctiveSurname(word: string): boolean {
  return SURNAMES.has(word) && !AMBIGUOUS_SURNAME.has(word) && !NON_NAMES.has(word);
}
