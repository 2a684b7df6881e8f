import { isAmbiguousFirstName, isDistinctiveSurname, isNonNameWord, isOrganisationWord, isUnambiguousFirstName } from '../lexicon/name-lexicon';
import { candidate, mapMatches, type Candidate } from './candidate';
import { detectCuedNames, NAME_WORD } from './name-cues';

interface Token {
  word: string;
  start: number;
  end: number;
}

const TOKEN = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])${NAME_WORD}(?![\p{L}\p{N}])`, 'gu');
// Between two parts of one name: a single space, optionally around a middle initial ("John Q. Public").
const NAME_GAP = /^ (?:\p{Lu}\. )?$/u;
const SAINT_BEFORE = /(?:\bSt\.?|\bSaint)\s$/;
const MAX_EXTRA_NAME_PARTS = 2;

function tokenize(text: string): Token[] {
  return mapMatches(TOKEN, text, (m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

function continuesName(text: string, previous: Token, next: Token | undefined): next is Token {
  return next !== undefined && NAME_GAP.test(text.slice(previous.end, next.start)) && !isNonNameWord(next.word);
}

/** Index of the last token of the full name that starts at tokens[first]. */
function lastNamePart(text: string, tokens: readonly Token[], first: number): number {
  let last = first;
  while (last - first < MAX_EXTRA_NAME_PARTS && continuesName(text, tokens[last], tokens[last + 1])) last++;
  return last;
}

function lexiconName(text: string, tokens: readonly Token[], index: number): { candidate: Candidate; last: number } | null {
  const token = tokens[index];
  if (SAINT_BEFORE.test(text.slice(Math.max(0, token.start - 7), token.start))) return null;
  const unambiguous = isUnambiguousFirstName(token.word);
  if (!unambiguous && !isAmbiguousFirstName(token.word)) return unknownFirstNameWithSurname(text, tokens, index);

  const last = lastNamePart(text, tokens, index);
  const parts = tokens.slice(index, last + 1);
  if (parts.some((part) => isOrganisationWord(part.word))) return null;
  const next = tokens[last + 1];
  if (next && NAME_GAP.test(text.slice(tokens[last].end, next.start)) && isOrganisationWord(next.word)) return null;
  // "Will", "Hope", "May" alone are words; followed by a surname ("Will Turner") they are names.
  if (!unambiguous && last === index) return null;
  return { candidate: candidate('name', text, token.start, tokens[last].end, 1), last };
}

/** "Hiroshi Nakamura": an unknown capitalized word directly followed by a distinctive lexicon surname. */
function unknownFirstNameWithSurname(text: string, tokens: readonly Token[], index: number): { candidate: Candidate; last: number } | null {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (isNonNameWord(token.word) || isOrganisationWord(token.word) || !continuesName(text, token, next)) return null;
  if (!isDistinctiveSurname(next.word)) return null;
  return { candidate: candidate('name', text, token.start, next.end, 1), last: index + 1 };
}

/** Names found through the first-name lexicon, extended over a following surname. */
function detectLexiconNames(text: string): Candidate[] {
  const tokens = tokenize(text);
  const found: Candidate[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const match = lexiconName(text, tokens, index);
    if (match) {
      found.push(match.candidate);
      index = match.last;
    }
  }
  return found;
}

/** Finds personal names from cues (titles, relationships, "named") and the first-name lexicon. */
export function detectNames(text: string): Candidate[] {
  return [...detectCuedNames(text), ...detectLexiconNames(text)];
}
