import type { PlantValue } from './corpus-types';
import { PLANTED_FIRST_NAMES, PLANTED_SURNAMES } from './planted-names';
import type { Random } from './prng';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_ABBREVIATIONS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'Sep'];
const AGE_WORDS = ['ninety', 'ninety-one', 'ninety-two', 'ninety-four', 'ninety-six', 'ninety-eight'];

const pad = (value: number) => String(value).padStart(2, '0');
const ordinal = (day: number) => `${day}${day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th'}`;

/** A full date (day and month, often a year) in numeric, ISO and written styles, some after a birth cue. */
export function dateValue(rng: Random): PlantValue {
  const year = rng.int(1931, 2024);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const monthName = MONTHS[month - 1];
  const formatted = rng.pick([
    `${pad(month)}/${pad(day)}/${year}`, `${month}/${day}/${String(year).slice(2)}`, `${pad(day)}.${pad(month)}.${year}`,
    `${pad(day)}-${pad(month)}-${year}`, `${year}-${pad(month)}-${pad(day)}`, `${monthName} ${day}, ${year}`,
    `${rng.pick(MONTH_ABBREVIATIONS)} ${day}`, `${day} ${monthName}`, `${day} ${monthName} ${year}`, `${monthName} ${ordinal(day)}`,
    `${ordinal(day)} of ${monthName}`, `${monthName} ${day}`, `${month}/${day}/${year}`, `${year}/${pad(month)}/${pad(day)}`,
    `${pad(day)}-${monthName.slice(0, 3)}-${year}`, `${monthName} the ${ordinal(day)}`, `${ordinal(day)} ${monthName} ${year}`,
  ]);
  if (rng.chance(0.2)) {
    return { before: rng.pick(['DOB ', 'DOB: ', 'D.O.B. ', 'date of birth ', 'born on ', 'birthday is ']), value: rng.chance(0.3) ? `${month}/${day}` : formatted };
  }
  return { value: formatted };
}

/** An age of 90 or more, as a number with "years old", after "aged", in words or as a decade. */
export function ageValue(rng: Random): PlantValue {
  const age = rng.int(90, 104);
  return {
    value: rng.pick([
      `${age} years old`, `${age}-year-old`, `${age} year old`, `aged ${age}`, `age: ${age}`, `age ${age}`, `${age} y/o`,
      `${age} yo`, `${age} years of age`, `turned ${age}`, `${rng.pick(AGE_WORDS)} years old`, `in her ${rng.pick(['late ', 'early ', 'mid-', ''])}90s`,
      `in his ${rng.pick(['late ', 'early ', ''])}nineties`, `age of ${age}`,
    ]),
  };
}

/** An SSN, a labelled record/account/licence/policy number, a card number or a long digit run. */
export function idNumberValue(rng: Random): PlantValue {
  const alnum = () => `${rng.pick(['A', 'B', 'HX', 'QZ', 'K', 'TR'])}${rng.digits(rng.int(5, 8))}`;
  return rng.pick<() => PlantValue>([
    () => ({ before: rng.pick(['', 'SSN ', 'SSN: ', 'social security number ']), value: `${rng.int(100, 899)}-${rng.digits(2)}-${rng.digits(4)}` }),
    () => ({ before: rng.pick(['MRN ', 'MRN: ', 'MRN#', 'medical record number ', 'chart #']), value: rng.digits(rng.int(6, 9)) }),
    () => ({ before: rng.pick(['record #', 'record number ', 'record no. ']), value: rng.chance(0.5) ? alnum() : rng.digits(6) }),
    () => ({ before: rng.pick(['account no. ', 'account number ', 'acct # ', 'account ']), value: rng.digits(rng.int(6, 12)) }),
    () => ({ before: rng.pick(["driver's license ", 'license plate ', 'licence number ', 'plate ']), value: `${rng.int(1, 9)}${rng.pick(['ABC', 'KJX', 'TRM', 'WQP'])}${rng.digits(3)}` }),
    () => ({ before: rng.pick(['policy number ', 'policy # ', 'insurance ID ']), value: alnum() }),
    () => ({ before: rng.pick(['Medicaid ID ', 'Medicare number ', 'member ID ', 'Medicaid # ']), value: rng.chance(0.5) ? alnum() : rng.digits(10) }),
    () => ({ before: rng.pick(['case number ', 'case # ', 'docket number ', 'claim number ']), value: `${rng.pick(['', '24-', 'CV-'])}${rng.digits(rng.int(5, 7))}` }),
    () => ({ before: rng.pick(['passport number ', 'student ID ', 'employee ID ']), value: alnum() }),
    () => ({ value: rng.digits(rng.int(7, 9)) }),
    () => ({ value: `4${rng.digits(3)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)}` }),
  ])();
}

const TITLES = ['Dr. ', 'Dr ', 'Mr. ', 'Mrs. ', 'Ms. ', 'Ms ', 'Prof. ', 'Nurse ', 'Officer ', 'Coach ', 'Pastor ', 'Aunt ', 'Uncle '];
const RELATIONS = [
  'sister', 'brother', 'mother', 'mom', 'father', 'dad', 'son', 'daughter', 'husband', 'wife', 'partner', 'boyfriend',
  'girlfriend', 'friend', 'cousin', 'aunt', 'uncle', 'grandson', 'granddaughter', 'sponsor', 'roommate', 'neighbor',
  'coworker', 'boss', 'caseworker', 'probation officer', 'ex-husband', 'stepdad', 'best friend', 'landlord',
];

export type NameForm = 'titled' | 'relation' | 'named' | 'full' | 'first';

/** A planted personal name in one of several forms; the span covers the name, not the cue. */
export function nameValue(rng: Random, form: NameForm): PlantValue {
  const first = rng.pick(PLANTED_FIRST_NAMES);
  const last = rng.pick(PLANTED_SURNAMES);
  switch (form) {
    case 'titled':
      return { before: rng.pick(TITLES), value: rng.chance(0.7) ? last : `${first} ${last}` };
    case 'relation':
      return {
        before: `${rng.pick(['my ', 'her ', 'his ', 'their '])}${rng.pick(RELATIONS)}${rng.pick([' ', ', '])}`,
        value: rng.chance(0.75) ? first : `${first} ${last}`,
      };
    case 'named':
      return { before: rng.pick(['named ', 'called ', 'goes by ', 'a friend named ', 'a man named ', 'a woman named ']), value: first };
    case 'full':
      return { value: `${first} ${last}` };
    case 'first':
      return { value: first };
  }
}
