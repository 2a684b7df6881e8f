import { sessionContentHash } from '../../modules/sessions/note-content-hash';
import type { CopyValue } from './copy-format';
import type { GroupHistory } from './group-history';
import type { GroupPlan, OrganizationPlan } from './organization-plan';
import { isoDay } from './session-calendar';
import { writeNote, writeObservations } from './session-note';
import type { SynthRandom } from './synth-random';

/** The tables the generator fills, parents first, with the columns it writes (the rest take their defaults). */
export const SYNTH_TABLES = {
  organization: ['id', 'name', 'time_zone', 'origin', 'second_factor_policy'],
  staff_user: ['id', 'organization_id', 'email', 'display_name', 'role', 'password_hash'],
  supervision: ['supervisor_id', 'facilitator_id', 'organization_id'],
  program: ['id', 'organization_id', 'name'],
  therapy_group: ['id', 'organization_id', 'program_id', 'name', 'kind', 'schedule'],
  group_facilitator: ['group_id', 'user_id', 'organization_id', 'role'],
  member: ['id', 'organization_id', 'code', 'created_at'],
  enrollment: ['organization_id', 'group_id', 'member_id', 'joined_on', 'left_on', 'exit_reason'],
  group_session: [
    'id',
    'organization_id',
    'group_id',
    'held_on',
    'duration_minutes',
    'status',
    'version',
    'created_by',
    'created_at',
    'updated_at',
    'signed_by',
    'signed_at',
    'content_hash',
    'cosigned_by',
    'cosigned_at',
  ],
  session_facilitator: ['session_id', 'user_id', 'organization_id'],
  attendance: ['session_id', 'member_id', 'organization_id', 'status'],
  note: ['session_id', 'organization_id', 'themes', 'process', 'interventions', 'risk_level', 'risk_follow_up', 'plan', 'feedback_discussed'],
  member_observation: ['session_id', 'member_id', 'organization_id', 'text'],
  rating: ['session_id', 'member_id', 'measure', 'organization_id', 'score', 'source'],
} as const;

export type SynthTable = keyof typeof SYNTH_TABLES;
export interface RowSink {
  add(table: SynthTable, values: readonly CopyValue[]): void;
  /** A row in COPY text form, for rows of ids, words and numbers only (nothing to escape). */
  addLine(table: SynthTable, line: string): void;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Notes of the last two weeks are still drafts; older ones are signed, and most older than four weeks co-signed. */
const DRAFT_DAYS = 14;
const COSIGN_AFTER_DAYS = 28;
const COSIGNED_SHARE = 0.7;
const CO_PRESENT_SHARE = 0.9;

/** Rows of the organization's structure: itself, its staff (all with one password hash), supervision, programs, groups. */
export function structureRows(plan: OrganizationPlan, passwordHash: string, sink: RowSink): void {
  const add = sink.add.bind(sink);
  const org = plan.organizationId;
  // Demo accounts sign in with the shared password alone; an admin can require a second factor later.
  add('organization', [org, plan.name, plan.timeZone, 'synthetic', 'optional']);
  for (const s of plan.staff) add('staff_user', [s.id, org, s.email, s.displayName, s.role, passwordHash]);
  for (const s of plan.supervisions) add('supervision', [s.supervisorId, s.facilitatorId, org]);
  for (const p of plan.programs) add('program', [p.id, org, p.name]);
  for (const g of plan.groups) {
    add('therapy_group', [g.id, org, g.programId, g.name, g.kind, g.schedule]);
    add('group_facilitator', [g.id, g.leadId, org, 'lead']);
    if (g.coId) add('group_facilitator', [g.id, g.coId, org, 'co']);
  }
}

/**
 * Rows of one group's history: members and enrollments, then per session its row, facilitators, attendance, note,
 * observations and ratings. Signed sessions carry the lead's signature over the real content hash. Returns how many
 * sessions it signed.
 */
export function groupRows(
  org: string,
  group: GroupPlan,
  history: GroupHistory,
  context: { days: readonly number[]; today: number; random: SynthRandom; newId: () => string },
  sink: RowSink,
): number {
  const { days, today, random } = context;
  const add = sink.add.bind(sink);
  const isoDays = days.map(isoDay);
  let signedCount = 0;
  for (const e of history.enrollments) {
    add('member', [e.memberId, org, e.code, new Date(days[e.joinedAt] * DAY_MS + 17 * HOUR_MS)]);
    add('enrollment', [org, group.id, e.memberId, isoDays[e.joinedAt], e.lastAt === null ? null : isoDay(days[e.lastAt] + 1), e.exitReason]);
  }
  const durationMinutes = group.program.durationMinutes;
  history.sessions.forEach((session, s) => {
    const id = context.newId();
    const day = days[s];
    const heldOn = isoDays[s];
    const note = writeNote(group.program.themes, s > 0 ? history.sessions[s - 1] : null, random);
    const observations = writeObservations(session, random);
    const createdAt = new Date(day * DAY_MS + 20 * HOUR_MS + random.int(0, 180) * 60_000);
    const signed = day < today - DRAFT_DAYS;
    if (signed) signedCount++;
    const signedAt = signed ? new Date(createdAt.getTime() + random.int(12, 40) * HOUR_MS) : null;
    const cosignedAt =
      signedAt && day < today - COSIGN_AFTER_DAYS && random.chance(COSIGNED_SHARE) ? new Date(signedAt.getTime() + random.int(1, 6) * DAY_MS) : null;
    const contentHash = signed
      ? sessionContentHash({
          sessionId: id,
          groupId: group.id,
          heldOn,
          durationMinutes,
          note,
          attendance: session.attendance,
          ratings: session.ratings,
          observations,
        })
      : null;
    add('group_session', [
      id,
      org,
      group.id,
      heldOn,
      durationMinutes,
      signed ? 'signed' : 'draft',
      signed ? 2 : 1,
      group.leadId,
      createdAt,
      signedAt ?? createdAt,
      signed ? group.leadId : null,
      signedAt,
      contentHash,
      cosignedAt ? group.supervisorId : null,
      cosignedAt,
    ]);
    add('session_facilitator', [id, group.leadId, org]);
    if (group.coId && random.chance(CO_PRESENT_SHARE)) add('session_facilitator', [id, group.coId, org]);
    for (const a of session.attendance) sink.addLine('attendance', `${id}\t${a.memberId}\t${org}\t${a.status}\n`);
    add('note', [id, org, note.themes, note.process, note.interventions, note.riskLevel, note.riskFollowUp, note.plan, note.feedbackDiscussed]);
    for (const o of observations) add('member_observation', [id, o.memberId, org, o.text]);
    for (const r of session.ratings) sink.addLine('rating', `${id}\t${r.memberId}\t${r.measure}\t${org}\t${r.score}\t${r.source}\n`);
  });
  return signedCount;
}
