import { candidate, groupSpan, mapMatches, type Candidate } from './candidate';
import { isMemberCode } from './member-code';

const SSN = /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])/g;
const SPACED_SSN_AFTER_CUE = /\b(?:SSN|SS#|social security(?: number| no\.?| #)?)\s*(?:is|was)?\s*[:#]?\s*(\d{3} \d{2} \d{4})\b/dgi;

const ID_CUE = [
  'MRN',
  'medical record',
  'record',
  'chart',
  'account',
  'acct',
  'policy',
  'member',
  'membership',
  'case',
  'claim',
  'patient',
  'client',
  'insurance',
  'subscriber',
  'Medicaid',
  'Medicare',
  'MassHealth',
  'Medi-Cal',
  'SSN',
  'SS#',
  'social security',
  'SIN',
  'NHS',
  'health card',
  "driver'?s licen[cs]e",
  'licen[cs]e',
  'licen[cs]e plate',
  'plate',
  'passport',
  'badge',
  'employee',
  'student',
  'certificate',
  'serial',
  'VIN',
  'beneficiary',
  'booking',
  'inmate',
  'docket',
  'ID',
  'I\\.D\\.',
].join('|');
const ID_LABEL = '(?:\\s*(?:number|num\\.?|no\\.?|nbr|#|ID|identifier|code))?';
// The value must hold a digit and be at least 4 characters: "member 3" or "case 2" are counts, not ids.
const ID_VALUE = '((?=[A-Za-z0-9-]*\\d)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)';
const ID_AFTER_CUE = new RegExp(`\\b(${ID_CUE})${ID_LABEL}\\s*(?:is|was|=)?\\s*[:#-]?\\s*#?\\s*${ID_VALUE}(?![\\w-])`, 'gid');
const CARD_NUMBER = /(?<![\w-])\d{4}(?:[ -]\d{4}){3}(?![\w-])/g;
// Long digit runs are ids unless they are money, a percentage or a decimal.
const LONG_DIGIT_RUN = /(?<![\w$£€.,-])\d{7,}(?![\w%]|[.,]\d)/g;
const YEAR = /^(?:19|20)\d\d$/;

// "Provo ID 83702": Idaho's state code before a ZIP code, not an "ID" label.
const CITY_BEFORE = /\p{Lu}\p{Ll}+,?\s+$/u;
const ZIP_SHAPE = /^\d{5}(?:-\d{4})?$/;

function isIdahoZip(text: string, m: RegExpExecArray, value: string): boolean {
  return m[1] === 'ID' && ZIP_SHAPE.test(value) && CITY_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index));
}

function labelledId(text: string, m: RegExpExecArray): Candidate | null {
  const span = groupSpan(m, 2);
  if (!span) return null;
  const value = text.slice(span[0], span[1]);
  if (value.length < 4 || YEAR.test(value) || isMemberCode(value.toUpperCase()) || isIdahoZip(text, m, value)) return null;
  return candidate('id_number', text, span[0], span[1], 3);
}

/** Finds SSNs, labelled record/account/licence/plan numbers, card numbers and long digit runs. */
export function detectIdNumbers(text: string): Candidate[] {
  return [
    ...mapMatches(SSN, text, (m) => candidate('id_number', text, m.index, m.index + m[0].length, 3)),
    ...mapMatches(SPACED_SSN_AFTER_CUE, text, (m) => {
      const span = groupSpan(m, 1);
      return span ? candidate('id_number', text, span[0], span[1], 3) : null;
    }),
    ...mapMatches(ID_AFTER_CUE, text, (m) => labelledId(text, m)),
    ...mapMatches(CARD_NUMBER, text, (m) => candidate('id_number', text, m.index, m.index + m[0].length, 2)),
    ...mapMatches(LONG_DIGIT_RUN, text, (m) => candidate('id_number', text, m.index, m.index + m[0].length, 0)),
  ];
}
