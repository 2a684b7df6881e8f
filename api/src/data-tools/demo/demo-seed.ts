import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { MEASURES, memberCodeFromRandomBytes, type AttendanceStatus, attended } from '@cohesion/domain';
import { bulkInsert } from '../../database/bulk-insert';
import { hashPassword } from '../../modules/auth/password-hasher';
import { sessionContentHash } from '../../modules/sessions/note-content-hash';
import {
  DEMO_ACCOUNTS,
  DEMO_GROUPS,
  DEMO_PROGRAMS,
  DEMO_SESSIONS_PER_GROUP,
  groupLevel,
  MEASURE_OFFSETS,
  NOTE_PHRASES,
  summarizeRatings,
  type DemoGroupPlan,
  type DemoStaffKey,
} from './demo-story';
import { SeededRandom } from './seeded-random';

export { DEMO_ACCOUNTS } from './demo-story';

const DAY_MS = 86_400_000;

/**
 * Seeds the demo organization when the database holds no organization yet. Returns whether it seeded.
 * Demo mode only: the caller decides; production never calls this.
 */
export async function seedDemoIfEmpty(db: DataSource, password: string, today = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Serializes two API processes starting at once on an empty database.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('cohesion:demo-seed'))`);
    const [{ count }] = await tx.query(`SELECT count(*)::int AS count FROM organization`);
    if (count > 0) return false;
    await new DemoSeeder(tx, new SeededRandom(20261126), today).seed(await hashPassword(password));
    return true;
  });
}

class DemoSeeder {
  private readonly organizationId = randomUUID();
  private readonly staff = new Map<DemoStaffKey, string>();
  private readonly rows = {
    sessions: [] as unknown[][],
    signatures: [] as unknown[][],
    sessionFacilitators: [] as unknown[][],
    attendance: [] as unknown[][],
    notes: [] as unknown[][],
    observations: [] as unknown[][],
    ratings: [] as unknown[][],
  };

  constructor(
    private readonly tx: EntityManager,
    private readonly random: SeededRandom,
    private readonly today: Date,
  ) {}

  async seed(passwordHash: string): Promise<void> {
    const org = this.organizationId;
    await this.tx.query(
      `INSERT INTO organization (id, name, time_zone, origin, second_factor_policy) VALUES ($1, 'Riverside Community Clinic (demo)', 'America/Chicago', 'demo', 'optional')`,
      [org],
    );
    // Row-level security binds the owner too: the transaction works for the demo organization.
    await this.tx.query(`SELECT set_config('cohesion.organization_id', $1, true)`, [org]);
    for (const account of DEMO_ACCOUNTS) this.staff.set(account.key, randomUUID());
    await bulkInsert(
      this.tx,
      'staff_user',
      ['id', 'organization_id', 'email', 'display_name', 'role', 'password_hash'],
      DEMO_ACCOUNTS.map((a) => [this.staff.get(a.key), org, a.email, a.displayName, a.role, passwordHash]),
    );
    await bulkInsert(
      this.tx,
      'supervision',
      ['supervisor_id', 'facilitator_id', 'organization_id'],
      (['ana', 'ben'] as const).map((f) => [this.staff.get('supervisor'), this.staff.get(f), org]),
    );

    const programIds = new Map<string, string>(DEMO_PROGRAMS.map((name) => [name, randomUUID()]));
    await bulkInsert(
      this.tx,
      'program',
      ['id', 'organization_id', 'name'],
      [...programIds].map(([name, id]) => [id, org, name]),
    );

    for (const plan of DEMO_GROUPS) await this.seedGroup(plan, programIds.get(plan.program) as string);

    await bulkInsert(this.tx, 'group_session', ['id', 'organization_id', 'group_id', 'held_on', 'duration_minutes', 'created_by'], this.rows.sessions);
    await bulkInsert(this.tx, 'session_facilitator', ['session_id', 'user_id', 'organization_id'], this.rows.sessionFacilitators);
    await bulkInsert(this.tx, 'attendance', ['session_id', 'member_id', 'organization_id', 'status'], this.rows.attendance);
    await bulkInsert(
      this.tx,
      'note',
      ['session_id', 'organization_id', 'themes', 'process', 'interventions', 'risk_level', 'risk_follow_up', 'plan', 'feedback_discussed'],
      this.rows.notes,
    );
    await bulkInsert(this.tx, 'member_observation', ['session_id', 'member_id', 'organization_id', 'text'], this.rows.observations);
    await bulkInsert(this.tx, 'rating', ['session_id', 'member_id', 'measure', 'organization_id', 'score', 'source'], this.rows.ratings);
    await this.signAll();
  }

  /** Signs the drafts as the API does: once their content is written, which the database then locks. */
  private async signAll(): Promise<void> {
    const column = (i: number) => this.rows.signatures.map((row) => row[i]);
    await this.tx.query(
      `UPDATE group_session s SET status = 'signed', version = 2, signed_by = v.signed_by, signed_at = v.signed_at,
              content_hash = v.content_hash, cosigned_by = v.cosigned_by, cosigned_at = v.cosigned_at
         FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::text[], $5::uuid[], $6::timestamptz[])
              AS v(id, signed_by, signed_at, content_hash, cosigned_by, cosigned_at)
        WHERE s.id = v.id`,
      [0, 1, 2, 3, 4, 5].map(column),
    );
  }

  private async seedGroup(plan: DemoGroupPlan, programId: string): Promise<void> {
    const org = this.organizationId;
    const groupId = randomUUID();
    const leadId = this.staff.get(plan.lead) as string;
    await this.tx.query(`INSERT INTO therapy_group (id, organization_id, program_id, name, kind, schedule) VALUES ($1, $2, $3, $4, $5, $6)`, [
      groupId,
      org,
      programId,
      plan.name,
      plan.kind,
      plan.schedule,
    ]);
    await this.tx.query(`INSERT INTO group_facilitator (group_id, user_id, organization_id, role) VALUES ($1, $2, $3, 'lead')`, [groupId, leadId, org]);

    const dates = sessionDates(plan.weekday, this.today);
    const members = Array.from({ length: plan.members }, (_, index) => ({
      id: randomUUID(),
      code: memberCodeFromRandomBytes(this.random.bytes(6)),
      offset: this.random.normal(0, 0.9),
      firstSession: plan.lateJoiners.find((j) => j.member === index)?.session ?? 0,
      lastSession: plan.dropouts.find((d) => d.member === index)?.session ?? null,
      falling: plan.fallingMember === index,
    }));
    await bulkInsert(
      this.tx,
      'member',
      ['id', 'organization_id', 'code'],
      members.map((m) => [m.id, org, m.code]),
    );
    await bulkInsert(
      this.tx,
      'enrollment',
      ['organization_id', 'group_id', 'member_id', 'joined_on', 'left_on', 'exit_reason'],
      members.map((m) => [
        org,
        groupId,
        m.id,
        dates[m.firstSession],
        m.lastSession === null ? null : dates[m.lastSession],
        m.lastSession === null ? null : 'dropped_out',
      ]),
    );

    let previousSummary = 'First session: the group agreed how it will use its own ratings.';
    dates.forEach((heldOn, s) => {
      const sessionId = randomUUID();
      const level = groupLevel(plan.trend, s, DEMO_SESSIONS_PER_GROUP);
      const attendance: { memberId: string; status: AttendanceStatus }[] = [];
      const ratings: { memberId: string; measure: string; score: number; source: 'self_report' }[] = [];
      const observations: { memberId: string; text: string }[] = [];
      for (const member of members) {
        if (s < member.firstSession || (member.lastSession !== null && s >= member.lastSession)) continue;
        const status = this.attendanceFor(member.falling && plan.fallingMemberDisengages && s >= DEMO_SESSIONS_PER_GROUP - 2);
        attendance.push({ memberId: member.id, status });
        if (!attended(status)) continue;
        // A falling member leaves the group's path after session 8 and loses about 6 points by the end.
        const memberLevel =
          member.falling && s >= 8 ? groupLevel(plan.trend, 7, DEMO_SESSIONS_PER_GROUP) - 6 * ((s - 7) / (DEMO_SESSIONS_PER_GROUP - 8)) : level;
        for (const measure of MEASURES) {
          const score = clampScore(memberLevel + member.offset + MEASURE_OFFSETS[measure] + this.random.normal(0, 0.7));
          ratings.push({ memberId: member.id, measure, score, source: 'self_report' });
        }
        if (member.falling && s >= 11) observations.push({ memberId: member.id, text: `${member.code} was quieter than usual and left the check-in early.` });
      }
      const concern = s === 9;
      const note = {
        themes: [this.random.pick(plan.themes), this.random.pick(plan.themes)].filter((t, i, all) => all.indexOf(t) === i),
        process: this.random.pick(NOTE_PHRASES.process),
        interventions: this.random.pick(NOTE_PHRASES.interventions),
        riskLevel: concern ? ('concern' as const) : ('none' as const),
        riskFollowUp: concern ? NOTE_PHRASES.riskFollowUp : null,
        plan: this.random.pick(NOTE_PHRASES.plan),
        feedbackDiscussed: previousSummary,
      };
      const contentHash = sessionContentHash({ sessionId, groupId, heldOn, durationMinutes: 90, note, attendance, ratings, observations });
      const signedAt = new Date(Date.parse(heldOn) + DAY_MS + 2 * 3600_000);
      const cosigned = s < DEMO_SESSIONS_PER_GROUP - 3;
      this.rows.sessions.push([sessionId, org, groupId, heldOn, 90, leadId]);
      this.rows.signatures.push([
        sessionId,
        leadId,
        signedAt,
        contentHash,
        cosigned ? this.staff.get('supervisor') : null,
        cosigned ? new Date(signedAt.getTime() + 2 * DAY_MS) : null,
      ]);
      this.rows.sessionFacilitators.push([sessionId, leadId, org]);
      for (const a of attendance) this.rows.attendance.push([sessionId, a.memberId, org, a.status]);
      this.rows.notes.push([
        sessionId,
        org,
        note.themes,
        note.process,
        note.interventions,
        note.riskLevel,
        note.riskFollowUp,
        note.plan,
        note.feedbackDiscussed,
      ]);
      for (const o of observations) this.rows.observations.push([sessionId, o.memberId, org, o.text]);
      for (const r of ratings) this.rows.ratings.push([sessionId, r.memberId, r.measure, org, r.score, r.source]);
      previousSummary = summarizeRatings(ratings);
    });
  }

  private attendanceFor(forcedAbsence: boolean): AttendanceStatus {
    if (forcedAbsence) return 'absent';
    const draw = this.random.next();
    if (draw < 0.82) return 'present';
    if (draw < 0.88) return 'late';
    if (draw < 0.95) return 'absent';
    return 'excused';
  }
}

/** The last DEMO_SESSIONS_PER_GROUP dates on `weekday`, ending at least one day before today, oldest first. */
function sessionDates(weekday: number, today: Date): string[] {
  const last = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - DAY_MS);
  while (last.getUTCDay() !== weekday) last.setTime(last.getTime() - DAY_MS);
  return Array.from({ length: DEMO_SESSIONS_PER_GROUP }, (_, i) =>
    new Date(last.getTime() - (DEMO_SESSIONS_PER_GROUP - 1 - i) * 7 * DAY_MS).toISOString().slice(0, 10),
  );
}

function clampScore(value: number): number {
  return Math.min(10, Math.max(0, Math.round(value)));
}
