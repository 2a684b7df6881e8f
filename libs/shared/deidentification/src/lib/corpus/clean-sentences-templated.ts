import type { Random } from './prng';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MEDICATIONS = ['sertraline', 'fluoxetine', 'bupropion', 'naltrexone', 'buprenorphine', 'quetiapine', 'Zoloft', 'Wellbutrin', 'Lexapro', 'gabapentin', 'lithium', 'Suboxone'];
const THEMES = ['shame', 'grief', 'anger', 'loneliness', 'boundaries', 'cravings', 'sleep', 'trust', 'self-worth', 'family conflict', 'work stress', 'body image'];
const MEASURES: readonly (readonly [string, number])[] = [['PHQ-9', 27], ['GAD-7', 21], ['PCL-5', 80], ['AUDIT-C', 12], ['K10', 50], ['DASS-21', 63]];
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function memberCode(rng: Random): string {
  return `M-${Array.from({ length: 6 }, () => CODE_ALPHABET[rng.int(0, 31)]).join('')}`;
}

function time(rng: Random): string {
  return `${rng.int(1, 12)}:${rng.pick(['00', '15', '30', '45'])}${rng.pick(['', ' pm', ' am', 'pm'])}`;
}

/** Sentence makers with numeric and calendar slots that must never be mistaken for identifiers. */
export const CLEAN_SENTENCE_TEMPLATES: readonly ((rng: Random) => string)[] = [
  (r) => `Members rated their mood at check-in, with an average of ${r.int(3, 8)}/10.`,
  (r) => `${r.int(2, 9)} of ${r.int(9, 12)} members attended session ${r.int(2, 24)}.`,
  (r) => `Session ${r.int(2, 30)} focused on ${r.pick(THEMES)}.`,
  (r) => `This was week ${r.int(2, 16)} of the ${r.pick([12, 16, 20])}-week cycle.`,
  (r) => `One member rated cravings at ${r.int(2, 9)}/10, down from ${r.int(6, 10)}/10 last week.`,
  (r) => `${r.pick(MEASURES)[0]} scores were collected; the group average was ${r.int(4, 18)}.`,
  (r) => { const [name, max] = r.pick(MEASURES); return `A member's ${name} score of ${r.int(3, max)} was reviewed with them privately.`; },
  (r) => `One member reported taking ${r.pick(MEDICATIONS)} ${r.pick([25, 50, 100, 150, 200, 300])} mg daily and noticing fewer side effects.`,
  (r) => `A member said their ${r.pick(MEDICATIONS)} dose was increased to ${r.pick([8, 12, 16, 24])} mg.`,
  (r) => `Group ran from ${time(r)} to ${time(r)}.`,
  (r) => `The break was at ${time(r)} and lasted ${r.int(5, 15)} minutes.`,
  (r) => `Session lasted ${r.pick([60, 75, 90, 120])} minutes.`,
  (r) => `Attendance this month has been about ${r.int(55, 95)}%.`,
  (r) => `Homework completion was ${r.int(40, 100)}% this week.`,
  (r) => `One member has been sober since ${r.int(2012, 2024)} and shared what helped.`,
  (r) => `A member described moving into recovery housing in ${r.int(2015, 2024)}.`,
  (r) => `In ${r.pick(MONTHS)} the group will start a new module on ${r.pick(THEMES)}.`,
  (r) => `Since ${r.pick(MONTHS)}, attendance has improved.`,
  (r) => `The group will pause during ${r.pick(MONTHS)} for the holidays.`,
  (r) => `${r.pick(WEEKDAYS)} sessions were moved to ${r.pick(['Room 2', 'Room 4', 'the annex', 'the library'])}.`,
  (r) => `Members who work on ${r.pick(WEEKDAYS)} nights asked about an earlier start.`,
  (r) => `Member ${memberCode(r)} reported ${r.int(3, 60)} days without drinking.`,
  (r) => `${memberCode(r)} described ${r.pick(THEMES)} as the hardest part of the week.`,
  (r) => `Facilitator checked in with ${memberCode(r)} after group about ${r.pick(THEMES)}.`,
  (r) => `${r.int(2, 5)} members reported using the breathing skill at least ${r.int(2, 7)} times.`,
  (r) => `One member has attended ${r.int(10, 45)} consecutive sessions.`,
  (r) => `The waitlist currently has ${r.int(3, 19)} people.`,
  (r) => `Members walked for ${r.int(10, 40)} minutes as part of the behavioral activation plan.`,
  (r) => `Sleep averaged ${r.int(4, 8)}.${r.int(0, 9)} hours per night according to members' logs.`,
  (r) => `A member lost ${r.int(5, 30)} lbs since starting the program and feels proud.`,
  (r) => `SUDS ratings dropped from ${r.int(6, 9)} to ${r.int(2, 5)} during the exposure exercise.`,
  (r) => `Two members scored above ${r.int(10, 15)} on the screener and were offered individual follow-up.`,
  (r) => `The group read step ${r.int(1, 12)} together.`,
  (r) => `Members set goals for the next ${r.int(2, 8)} weeks.`,
  (r) => `Blood pressure of ${r.int(110, 150)}/${r.int(70, 95)} was mentioned by a member after their physical.`,
  (r) => `A member reported drinking ${r.int(2, 12)} drinks on ${r.pick(WEEKDAYS)} and wants to cut back.`,
  (r) => `Module ${r.int(1, 8)} of the workbook covers ${r.pick(THEMES)}.`,
  (r) => `Group size is capped at ${r.int(8, 14)} members.`,
  (r) => `Members reviewed pages ${r.int(10, 40)}-${r.int(41, 80)} of the workbook.`,
  (r) => `About ${r.int(2, 4)} in ${r.int(5, 10)} members reported improved sleep.`,
  (r) => `A member described being ${r.int(18, 29)} when their drinking started.`,
  (r) => `A member in their ${r.pick(['20s', '30s', '40s', '50s', '60s', '70s'])} described a career change.`,
  (r) => `A member's ${r.int(30, 89)}-year-old parent recently moved in with them.`,
  (r) => `The group has met ${r.int(20, 150)} times since it opened in ${r.int(2016, 2023)}.`,
];
