import { candidate, mapMatches, type Candidate } from './candidate';

const AGE = '(?:9\\d|1[01]\\d)';
const NOT_A_UNIT =
  '(?!\\s*(?:%|percent|mg|mcg|ml|minutes?|mins?|seconds?|hours?|days?|weeks?|months?|degrees?|pounds?|lbs?|kg|points?|pts?|times|members|sessions|\\/))';
const AGE_WITH_YEARS = new RegExp(
  `(?<![\\w.])${AGE}(?:\\s*-\\s*|\\s+)?(?:years?|yrs?\\.?)(?:\\s*-\\s*|\\s+)(?:old|of\\s+age)\\b|(?<![\\w.])${AGE}\\s*(?:y\\/o|y\\.o\\.|yo\\b|yr\\s*old\\b)`,
  'gi',
);
const AGE_AFTER_CUE = new RegExp(`\\b(?:aged|age|ages|age of|turned|turning|turns|celebrated (?:his|her|their) )\\s*[:=]?\\s*${AGE}\\b${NOT_A_UNIT}`, 'gi');
// "his mother, who is 93", "she turned 95": a pronoun or relative pronoun stating an age.
const AGE_AFTER_PRONOUN = new RegExp(
  `\\b(?:who|she|he|they)(?:['’]s|\\s+is|\\s+was|\\s+are|\\s+were|\\s+will be|\\s+just turned|\\s+is now)\\s+${AGE}\\b(?![.,]\\d|-\\d)${NOT_A_UNIT}`,
  'gi',
);
const AGE_IN_WORDS = /\b(?:ninety|one hundred(?: and)?)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?[\s-]years?[\s-]old\b/gi;
const AGE_DECADE = /\bin (?:his|her|their) (?:early |mid-?|mid |late )?(?:90s|90's|nineties)\b/gi;
const AGE_WORDS = /\b(?:nonagenarian|centenarian)\b/gi;

/** Finds ages of 90 and above ("92 years old", "aged 95", "who is 93", "in her late 90s"). */
export function detectAgesOver89(text: string): Candidate[] {
  return [AGE_WITH_YEARS, AGE_AFTER_CUE, AGE_AFTER_PRONOUN, AGE_IN_WORDS, AGE_DECADE, AGE_WORDS].flatMap((pattern) =>
    mapMatches(pattern, text, (m) => candidate('age_over_89', text, m.index, m.index + m[0].length, 2)),
  );
}
