import { candidate, groupSpan, mapMatches, type Candidate } from './candidate';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const ORDINAL = '(?:st|nd|rd|th)';
const YEAR_TAIL = `(?:,?\\s+(?:1[89]\\d\\d|2[01]\\d\\d|'\\d\\d))?`;

// "March 14, 1985", "Mar. 14th", "March 14" — but not "in March 3 members left" (a count, not a day).
const MONTH_DAY = new RegExp(`(?<!\\b[Ii]n\\s)\\b${MONTH}\\.?\\s+${DAY}${ORDINAL}?(?!\\d|:\\d|\\.\\d)${YEAR_TAIL}`, 'g');
const IN_MONTH_DAY = new RegExp(`\\b[Ii]n\\s+(${MONTH}\\.?\\s+${DAY}(?:${ORDINAL}${YEAR_TAIL}|,?\\s+(?:1[89]|20)\\d\\d))(?!\\d)`, 'gd');
// "14 March", "14th of March 1985"
const DAY_MONTH = new RegExp(`(?<![\\w.,/:-])${DAY}${ORDINAL}?(?:\\s+of)?\\s+${MONTH}\\b\\.?${YEAR_TAIL}`, 'g');
// "14-Mar-1985", "March the 14th"
const DAY_MONTH_HYPHENATED = new RegExp(`(?<![\\w.,/:-])${DAY}-${MONTH}-(?:\\d{4}|\\d{2})(?![\\w-])`, 'g');
const MONTH_THE_DAY = new RegExp(`\\b${MONTH}\\.?\\s+the\\s+${DAY}${ORDINAL}\\b${YEAR_TAIL}`, 'g');
// 03/14/1985, 14.03.1985, 3-14-85
const NUMERIC = /(?<![\w./:-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/]|[.-]\d)/g;
// 1985-03-14, 1985/3/14
const ISO = /(?<![\w./:-])(?:1[89]|20)\d\d([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\w/]|[.-]\d)/g;
// "DOB 3/14", "born on 14/3": without a year only a birth cue makes two numbers a date (7/10 is a score).
const BIRTH_CUE_SHORT_DATE =
  /\b(?:DOB|D\.O\.B\.?|date of birth|birth\s?date|birthday|born(?:\s+on)?)\s*(?:is|was|of|:|-)?\s*(\d{1,2}[/.-]\d{1,2})(?![\d/.-]*\d)/dgi;

// "relapsed on 2/14", "sober since 6/3": a preposition of time makes m/d a date.
// Not "by"/"after": "cravings fell by 2/10", "after 3/4 of sessions" are scores and fractions.
const TIME_PREPOSITION_SHORT_DATE = /\b(?:on|since|until|till|before|dated)\s+(\d{1,2}\/\d{1,2})(?![\d/]|\.\d|\s+of\b)/dgi;

function isMonthAndDay(first: number, second: number): boolean {
  return (first >= 1 && first <= 12 && second >= 1 && second <= 31) || (second >= 1 && second <= 12 && first >= 1 && first <= 31);
}

function whole(text: string, m: RegExpExecArray): Candidate {
  return candidate('date', text, m.index, m.index + m[0].length, 2);
}

function firstGroup(text: string, m: RegExpExecArray): Candidate | null {
  const span = groupSpan(m, 1);
  return span ? candidate('date', text, span[0], span[1], 2) : null;
}

function shortDate(text: string, m: RegExpExecArray): Candidate | null {
  const found = firstGroup(text, m);
  if (!found) return null;
  const [first, second] = found.text.split(/[/.-]/).map(Number);
  return isMonthAndDay(first, second) ? found : null;
}

/** Finds dates that carry a day and month (with or without year); a lone year or month is not flagged. */
export function detectDates(text: string): Candidate[] {
  return [
    ...mapMatches(MONTH_DAY, text, (m) => whole(text, m)),
    ...mapMatches(IN_MONTH_DAY, text, (m) => firstGroup(text, m)),
    ...mapMatches(DAY_MONTH, text, (m) => whole(text, m)),
    ...mapMatches(DAY_MONTH_HYPHENATED, text, (m) => whole(text, m)),
    ...mapMatches(MONTH_THE_DAY, text, (m) => whole(text, m)),
    ...mapMatches(NUMERIC, text, (m) => (isMonthAndDay(Number(m[1]), Number(m[3])) ? whole(text, m) : null)),
    ...mapMatches(ISO, text, (m) => whole(text, m)),
    ...mapMatches(BIRTH_CUE_SHORT_DATE, text, (m) => shortDate(text, m)),
    ...mapMatches(TIME_PREPOSITION_SHORT_DATE, text, (m) => shortDate(text, m)),
  ];
}
