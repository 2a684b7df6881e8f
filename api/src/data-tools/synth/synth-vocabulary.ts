import { GRIEF_THEMES, IOP_THEMES, NOTE_PHRASES } from '../demo/demo-story';

/** A service line of the synthetic clinic: its name, what its groups talk about, and how they usually run. */
export interface ProgramProfile {
  name: string;
  /** Short form used in group names. */
  short: string;
  themes: readonly string[];
  /** Share of its groups that are closed (a cohort starts and ends together). */
  closedShare: number;
  /** Sessions of a closed cohort; planned stay of a member of an open group is about the same. */
  courseLength: number;
  durationMinutes: number;
}

export const PROGRAMS: readonly ProgramProfile[] = [
  { name: 'Substance use IOP', short: 'Recovery', closedShare: 0.1, courseLength: 16, durationMinutes: 90, themes: IOP_THEMES },
  { name: 'Grief support', short: 'Grief and Loss', closedShare: 0.7, courseLength: 10, durationMinutes: 90, themes: GRIEF_THEMES },
  {
    name: 'Depression recovery',
    short: 'Mood Skills',
    closedShare: 0.4,
    courseLength: 12,
    durationMinutes: 75,
    themes: ['activity scheduling', 'thought patterns', 'sleep', 'motivation', 'self-criticism', 'small wins', 'isolation'],
  },
  {
    name: 'Anxiety skills',
    short: 'Anxiety Skills',
    closedShare: 0.5,
    courseLength: 10,
    durationMinutes: 75,
    themes: ['avoidance', 'worry', 'exposure practice', 'breathing', 'uncertainty', 'panic', 'safety behaviours'],
  },
  {
    name: 'DBT skills',
    short: 'DBT Skills',
    closedShare: 0.8,
    courseLength: 24,
    durationMinutes: 120,
    themes: ['distress tolerance', 'emotion regulation', 'mindfulness', 'interpersonal effectiveness', 'urges', 'validation'],
  },
  {
    name: 'Trauma-informed stabilization',
    short: 'Stabilization',
    closedShare: 0.6,
    courseLength: 12,
    durationMinutes: 90,
    themes: ['safety', 'grounding', 'boundaries', 'trust', 'triggers', 'self-compassion', 'sleep'],
  },
  {
    name: 'Anger management',
    short: 'Anger Management',
    closedShare: 0.6,
    courseLength: 12,
    durationMinutes: 90,
    themes: ['escalation cues', 'time-outs', 'assertiveness', 'resentment', 'repair', 'stress at work'],
  },
  {
    name: 'Parenting support',
    short: 'Parenting',
    closedShare: 0.5,
    courseLength: 8,
    durationMinutes: 90,
    themes: ['routines', 'limit setting', 'parental stress', 'co-parenting', 'connection', 'praise'],
  },
  {
    name: 'Chronic pain and coping',
    short: 'Pain and Coping',
    closedShare: 0.3,
    courseLength: 10,
    durationMinutes: 75,
    themes: ['pacing', 'flare-ups', 'acceptance', 'sleep', 'activity', 'frustration', 'asking for help'],
  },
  {
    name: 'Young adult transitions',
    short: 'Transitions',
    closedShare: 0.2,
    courseLength: 14,
    durationMinutes: 75,
    themes: ['identity', 'work and study', 'independence', 'friendships', 'family expectations', 'money worries'],
  },
];

export const WEEKDAYS = ['Sundays', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays'] as const;
export const START_TIMES = ['09:30', '11:00', '13:00', '15:30', '17:00', '18:00', '19:00'] as const;

/** Staff display names (staff are not members; their names are not clinical data). */
export const STAFF_FIRST_NAMES = [
  'Jordan',
  'Priya',
  'Mateo',
  'Grace',
  'Omar',
  'Hannah',
  'Luis',
  'Mei',
  'Tomas',
  'Aisha',
  'Daniel',
  'Chloe',
  'Kwame',
  'Sofia',
  'Noah',
  'Leila',
  'Ethan',
  'Rosa',
  'Isaac',
  'Nadia',
  'Marcus',
  'Elena',
  'Felix',
  'Yara',
  'Owen',
  'Ines',
  'Samir',
  'Lucy',
] as const;
export const STAFF_LAST_NAMES = [
  'Patel',
  'Nguyen',
  'Garcia',
  'Kim',
  'Hassan',
  'Schmidt',
  'Brown',
  'Rossi',
  'Novak',
  'Mensah',
  'Silva',
  'Cohen',
  'Larsen',
  'Dubois',
  'Walsh',
  'Tanaka',
  'Ahmed',
  'Moreau',
  'Kowalski',
  'Reid',
  'Haddad',
  'Ortiz',
  'Fischer',
  'Byrne',
] as const;

/** The demo's note phrases and a few more, so that a year of notes does not repeat itself every week. */
export const NOTE_TEMPLATES = {
  process: [
    ...NOTE_PHRASES.process,
    'A tense exchange between two members was worked through in the room.',
    'Newer members were welcomed; longer-standing members shared what helped them early on.',
    'Long silences at first; the group warmed up once the theme was named.',
  ],
  interventions: [
    ...NOTE_PHRASES.interventions,
    'Guided grounding exercise, then a round on what members noticed.',
    'Role play of a difficult conversation with feedback from the group.',
    'Reviewed last week’s practice assignments and problem-solved obstacles together.',
  ],
  plan: [...NOTE_PHRASES.plan, 'Introduce the next skills module and set a practice goal.', 'Return to the unfinished discussion from today.'],
  observations: [
    'Quieter than usual and left the check-in early.',
    'Said the week had been hard; accepted support from the group.',
    'Arrived distracted; settled only after the grounding exercise.',
  ],
  riskFollowUp: [NOTE_PHRASES.riskFollowUp, 'Consulted the supervisor the same day; the member agreed to an individual appointment this week.'],
} as const;
