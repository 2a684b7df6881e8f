import { isAmbiguousFirstName, isNonNameWord, isOrganisationWord } from '../lexicon/name-lexicon';
import { US_STATE_NAMES } from './street-vocabulary';
import { candidate, mapMatches, type Candidate } from './candidate';

/** One capitalized name word: Maria, McDonald, DeShawn, O'Brien, Mary-Jane, José. */
export const NAME_WORD = String.raw`\p{Lu}(?:\p{Ll}+(?:\p{Lu}\p{Ll}+)?|['’]\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)?`;
const NAME = String.raw`(${NAME_WORD}(?:\s+${NAME_WORD})?)`;
const WORD_AFTER = new RegExp(String.raw`^\s+(${NAME_WORD})`, 'u');

const TITLES =
  'Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor|Doctor|Rev|Reverend|Pastor|Father|Fr|Sister|Brother|Nurse|Officer|Deputy|Detective|Sgt|Sergeant|Judge|Coach|Aunt|Auntie|Uncle|Grandma|Grandpa|Nana|Papa|Dame|Sir|Lady|Chaplain|Rabbi|Imam|Bishop|Deacon|Elder';
const RELATIONS =
  'sister|brother|sibling|twin|mother|mom|mum|father|dad|parent|son|daughter|child|kid|baby|husband|wife|spouse|partner|boyfriend|girlfriend|fianc[ée]e?|friend|bestie|buddy|cousin|aunt|uncle|niece|nephew|grandmother|grandma|grandfather|grandpa|grandson|granddaughter|grandchild|sponsor|roommate|neighbou?r|coworker|co-worker|colleague|boss|supervisor|manager|landlord|landlady|caseworker|case manager|social worker|therapist|counsel?lor|psychiatrist|doctor|PCP|probation officer|parole officer|PO|lawyer|attorney|teacher|pastor|priest|rabbi|imam|mentor|carer|caregiver|guardian|ex';
const DETERMINER = String.raw`(?:\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our|[Tt]he|[Aa])|${NAME_WORD}['’]s)`;
const RELATION_MODIFIER = String.raw`(?:(?:older|younger|little|big|baby|late|twin|best|new|former|adult|oldest|youngest|eldest|biological|estranged|current|old)\s+)?(?:ex-?|step-?|half-?|foster\s+)?`;

const TITLE_CUE = new RegExp(String.raw`(?<!\p{L})(?:${TITLES})\.?\s+${NAME}`, 'gdu');
const RELATION_CUE = new RegExp(
  String.raw`${DETERMINER}\s+${RELATION_MODIFIER}(?:${RELATIONS})s?\s*,?\s+(?:(?:named|called|is)\s+)?${NAME}(?:\s*,?\s+and\s+(${NAME_WORD}))?`,
  'gdu',
);
// Social verbs whose subject or object is almost always a person in a process note.
const SUBJECT_VERBS =
  'said|says|shared|stated|reported|disclosed|described|expressed|explained|admitted|cried|laughed|told|asked|agreed|disagreed|denied|endorsed|mentioned|talked|spoke|texted|relapsed|arrived|joined|attended|missed|apologized|volunteered|celebrated|became tearful|was tearful';
const OBJECT_VERBS =
  'checked in with|followed up with|met with|spoke with|spoke to|talked with|talked to|encouraged|thanked|validated|praised|invited|reminded|hugged|texted|told|asked|supported|welcomed back|welcomed|congratulated|visited';
// The subject must open a clause: "Ingrid said", "... and Ingrid said", but not "works at Starbucks described".
const CLAUSE_START = String.raw`(?<=^|[.!?;:\n"“]\s*|,\s+|\b(?:that|and|but|because|when|while|after|before|then|so)\s+)`;
const SUBJECT_CUE = new RegExp(String.raw`${CLAUSE_START}${NAME}\s+(?:${SUBJECT_VERBS})\b`, 'gdu');
const OBJECT_CUE = new RegExp(String.raw`\b(?:${OBJECT_VERBS})\s+${NAME}`, 'gdu');
const STATE_NAMES: ReadonlySet<string> = new Set(US_STATE_NAMES.split('|'));
const NAMING_CUE = new RegExp(
  String.raw`\b(?:named|called|nicknamed|[Nn]ame is|[Nn]ame was|[Nn]ames are|[Nn]ame['’]s|goes by|went by|known as|aka|a\.k\.a\.)\s+["'“‘]?${NAME}`,
  'gdu',
);

/**
 * Turns a captured "First Last" into a candidate: trims non-name words ("Member Ingrid" -> "Ingrid") and
 * rejects the capture when it is a programme or place ("called Recovery Circle", "called Hope House").
 */
function cuedName(text: string, start: number, end: number, weakCue: boolean): Candidate | null {
  const captured = text.slice(start, end);
  const words = captured.split(/\s+/);
  // A social verb is a weaker cue than "my sister": "Texas joined", "Hope said" stay unflagged.
  if (weakCue && words.some((word) => isAmbiguousFirstName(word) || STATE_NAMES.has(word))) return null;
  const following = WORD_AFTER.exec(text.slice(end, end + 40))?.[1];
  if (words.some(isOrganisationWord) || (following !== undefined && isOrganisationWord(following))) return null;
  // "Member Ingrid said": keep only the name words of the capture.
  const first = words.findIndex((word) => !isNonNameWord(word));
  if (first === -1) return null;
  const last = words.length - 1 - [...words].reverse().findIndex((word) => !isNonNameWord(word));
  const nameStart = start + captured.indexOf(words[first]);
  const nameEnd = start + captured.lastIndexOf(words[last]) + words[last].length;
  return candidate('name', text, nameStart, nameEnd, 2);
}

function cuedNamesFromGroups(pattern: RegExp, text: string, groups: readonly number[], weakCue = false): Candidate[] {
  return mapMatches(pattern, text, (m) => groups.map((group) => m.indices?.[group]).filter((span): span is [number, number] => span !== undefined))
    .flat()
    .map(([start, end]) => cuedName(text, start, end, weakCue))
    .filter((found): found is Candidate => found !== null);
}

/** Names shown by a cue: a title ("Dr. Patel"), a relationship ("my sister Maria"), "named", or a social verb. */
export function detectCuedNames(text: string): Candidate[] {
  return [
    ...cuedNamesFromGroups(TITLE_CUE, text, [1]),
    ...cuedNamesFromGroups(RELATION_CUE, text, [1, 2]),
    ...cuedNamesFromGroups(NAMING_CUE, text, [1]),
    ...cuedNamesFromGroups(SUBJECT_CUE, text, [1], true),
    ...cuedNamesFromGroups(OBJECT_CUE, text, [1], true),
  ];
}
