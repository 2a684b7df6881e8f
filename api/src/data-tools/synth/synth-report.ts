import type { SynthTable } from './synth-rows';

export interface SynthReport {
  organizationId: string;
  /** Rows written, by table. */
  rows: Record<SynthTable, number>;
  signedSessions: number;
  /** Seconds, by phase, in the order they ran; `total` last. */
  seconds: { phase: string; seconds: number }[];
}

const LINES: { label: string; table: SynthTable }[] = [
  { label: 'organizations', table: 'organization' },
  { label: 'programs', table: 'program' },
  { label: 'groups', table: 'therapy_group' },
  { label: 'staff', table: 'staff_user' },
  { label: 'members', table: 'member' },
  { label: 'enrollments', table: 'enrollment' },
  { label: 'sessions', table: 'group_session' },
  { label: 'attendance rows', table: 'attendance' },
  { label: 'ratings', table: 'rating' },
  { label: 'notes', table: 'note' },
  { label: 'member observations', table: 'member_observation' },
];

const count = (n: number) => n.toLocaleString('en-US');
const seconds = (s: number) => (s < 10 ? s.toFixed(1) : s.toFixed(0));

/** What was written and how long each phase took, as printed by `synth`. */
export function formatReport(report: SynthReport): string {
  const width = Math.max(...LINES.map((l) => count(report.rows[l.table]).length));
  const drafts = report.rows.group_session - report.signedSessions;
  const lines = LINES.map(({ label, table }) => {
    const extra = table === 'group_session' ? `  (${count(report.signedSessions)} signed, ${count(drafts)} drafts)` : '';
    return `  ${count(report.rows[table]).padStart(width)}  ${label}${extra}`;
  });
  const total = report.seconds.find((p) => p.phase === 'total')?.seconds ?? 0;
  return [
    'Wrote:',
    ...lines,
    'Took:',
    ...report.seconds.map((p) => `  ${seconds(p.seconds).padStart(6)} s  ${p.phase}`),
    `${count(report.rows.rating)} ratings with everything around them in ${seconds(total)} s.`,
  ].join('\n');
}
