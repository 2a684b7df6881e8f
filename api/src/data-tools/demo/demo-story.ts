import type { GroupKind } from '@cohesion/domain';

/** The staff of the demo organization. Every account uses the demo password. */
export const DEMO_ACCOUNTS = [
  { key: 'admin', email: 'admin@cohesion.test', displayName: 'Alex Morgan', role: 'admin' },
  { key: 'director', email: 'director@cohesion.test', displayName: 'Dana Reyes', role: 'director' },
  { key: 'supervisor', email: 'supervisor@cohesion.test', displayName: 'Sam Okafor', role: 'supervisor' },
  { key: 'ana', email: 'ana@cohesion.test', displayName: 'Ana Lima', role: 'facilitator' },
  { key: 'ben', email: 'ben@cohesion.test', displayName: 'Ben Carter', role: 'facilitator' },
] as const;

export type DemoStaffKey = (typeof DEMO_ACCOUNTS)[number]['key'];
export type GroupTrend = 'improving' | 'stalled' | 'improving_slowly' | 'steady';

export interface DemoGroupPlan {
  name: string;
  program: string;
  lead: DemoStaffKey;
  kind: GroupKind;
  schedule: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  trend: GroupTrend;
  members: number;
  /** Index of a member whose ratings fall over the second half (or null). */
  fallingMember: number | null;
  /** The falling member also misses the last two sessions without excuse. */
  fallingMemberDisengages: boolean;
  lateJoiners: { member: number; session: number }[];
  dropouts: { member: number; session: number }[];
  themes: readonly string[];
}

export const DEMO_PROGRAMS = ['Substance use IOP', 'Grief support'] as const;
export const DEMO_SESSIONS_PER_GROUP = 16;

export const IOP_THEMES = ['cravings', 'triggers', 'relapse prevention', 'shame', 'family roles', 'coping skills', 'routines', 'trust'];
export const GRIEF_THEMES = ['anniversaries', 'guilt', 'anger', 'meaning', 'rituals', 'loneliness', 'self-care', 'holidays'];

export const DEMO_GROUPS: readonly DemoGroupPlan[] = [
  {
    name: 'Tuesday Recovery Circle',
    program: 'Substance use IOP',
    lead: 'ana',
    kind: 'open',
    schedule: 'Tuesdays 18:00',
    weekday: 2,
    trend: 'improving',
    members: 9,
    fallingMember: 2,
    fallingMemberDisengages: false,
    lateJoiners: [
      { member: 7, session: 3 },
      { member: 8, session: 6 },
    ],
    dropouts: [{ member: 5, session: 10 }],
    themes: IOP_THEMES,
  },
  {
    name: 'Thursday Grief Group',
    program: 'Grief support',
    lead: 'ana',
    kind: 'closed',
    schedule: 'Thursdays 17:30',
    weekday: 4,
    trend: 'stalled',
    members: 8,
    fallingMember: null,
    fallingMemberDisengages: false,
    lateJoiners: [],
    dropouts: [{ member: 6, session: 11 }],
    themes: GRIEF_THEMES,
  },
  {
    name: 'Monday Relapse Prevention',
    program: 'Substance use IOP',
    lead: 'ben',
    kind: 'open',
    schedule: 'Mondays 19:00',
    weekday: 1,
    trend: 'improving_slowly',
    members: 10,
    fallingMember: 4,
    fallingMemberDisengages: true,
    lateJoiners: [{ member: 9, session: 5 }],
    dropouts: [{ member: 1, session: 8 }],
    themes: IOP_THEMES,
  },
  {
    name: 'Wednesday Loss and Renewal',
    program: 'Grief support',
    lead: 'ben',
    kind: 'closed',
    schedule: 'Wednesdays 16:00',
    weekday: 3,
    trend: 'steady',
    members: 7,
    fallingMember: null,
    fallingMemberDisengages: false,
    lateJoiners: [],
    dropouts: [],
    themes: GRIEF_THEMES,
  },
];

/** The group's expected benefit on a 0–10 scale at session `index` (0-based) of `count`. */
export function groupLevel(trend: GroupTrend, index: number, count: number): number {
  const progress = index / (count - 1);
  switch (trend) {
    case 'improving':
      return 5.2 + 2.6 * progress;
    case 'stalled':
      return 6.1 + 0.25 * Math.sin(index * 1.3);
    case 'improving_slowly':
      return 5.8 + 1.2 * progress;
    case 'steady':
      return 6.8;
  }
}

export const MEASURE_OFFSETS: Readonly<Record<string, number>> = { belonging: 0.3, learning: 0, accountability: -0.4 };

export const NOTE_PHRASES = {
  process: [
    'Members built on each other’s stories; two quieter members spoke early.',
    'Energy was low at the start and lifted after the check-in round.',
    'The group challenged one member gently about minimising; the member accepted it.',
    'Some cross-talk in the first half; the group re-established its agreements.',
    'Warm, focused session with strong peer feedback.',
  ],
  interventions: [
    'Linking and universalising; modelled feedback using the group agreements.',
    'Psychoeducation on the cycle of avoidance, then paired practice.',
    'Here-and-now process comment; invited members to respond to each other directly.',
    'Values exercise and brief skills rehearsal.',
  ],
  plan: [
    'Continue the theme next week; check in with quieter members first.',
    'Revisit coping plans; bring the values worksheet.',
    'Open with the group’s own ratings and what they suggest.',
  ],
  riskFollowUp: 'Spoke with the member after group; safety plan reviewed, follow-up call scheduled within 48 hours.',
} as const;

/** What a note says the group heard of its previous session's ratings ("feedback discussed"). */
export function summarizeRatings(ratings: readonly { measure: string; score: number }[]): string {
  const belonging = ratings.filter((r) => r.measure === 'belonging');
  if (!belonging.length) return 'No ratings last session.';
  const mean = belonging.reduce((sum, r) => sum + r.score, 0) / belonging.length;
  return `Shared last session's ratings: belonging ${mean.toFixed(1)} across ${belonging.length} members.`;
}
