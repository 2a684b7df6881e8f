import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { NoteContent, SessionWriteRequest } from '@cohesion/contracts';
import { memberCodeFromRandomBytes } from '@cohesion/domain';
import { aGroupCast, aStaffMember, anOrganization, type GroupCast, type TestStaff } from './fixtures';

/** The cast of aGroupCast, with `members` members enrolled since 2026-01-05 and a facilitator of another organization. */
export interface ClinicWorld extends Omit<GroupCast, 'outsider'> {
  memberIds: string[];
  /** A facilitator of another organization. */
  outsider: TestStaff;
}

export async function aClinicWorld(db: DataSource, members = 4): Promise<ClinicWorld> {
  const cast = await aGroupCast(db);
  const outsider = await aStaffMember(db, await anOrganization(db, 'Elsewhere'), 'facilitator');
  const memberIds: string[] = [];
  for (let i = 0; i < members; i++) memberIds.push(await anEnrolledMember(db, cast.organizationId, cast.groupId, '2026-01-05'));
  return { ...cast, outsider, memberIds };
}

export async function anEnrolledMember(db: DataSource, organizationId: string, groupId: string, joinedOn: string, leftOn?: string): Promise<string> {
  const [member] = await db.query(`INSERT INTO member (organization_id, code) VALUES ($1, $2) RETURNING id`, [
    organizationId,
    memberCodeFromRandomBytes(randomBytes(6)),
  ]);
  await db.query(`INSERT INTO enrollment (organization_id, group_id, member_id, joined_on, left_on, exit_reason) VALUES ($1, $2, $3, $4, $5, $6)`, [
    organizationId,
    groupId,
    member.id,
    joinedOn,
    leftOn ?? null,
    leftOn ? 'completed' : null,
  ]);
  return member.id;
}

/** A clean, complete note; override the fields the test is about. */
export function aNote(overrides: Partial<NoteContent> = {}): NoteContent {
  return {
    themes: ['cravings', 'trust'],
    process: 'Members built on each other’s stories; quieter members spoke early.',
    interventions: 'Linking and universalising; modelled feedback.',
    risk: { level: 'none', followUp: null },
    plan: 'Continue the theme next week.',
    feedbackDiscussed: 'Shared last week’s ratings with the group.',
    ...overrides,
  };
}

/** A complete session for these members: everyone present, rated on every measure, a clean note. */
export function aSessionRequest(memberIds: string[], overrides: Partial<SessionWriteRequest> = {}): SessionWriteRequest {
  return {
    heldOn: '2026-11-17',
    durationMinutes: 90,
    attendance: memberIds.map((memberId) => ({ memberId, status: 'present' })),
    note: aNote(),
    ratings: memberIds.flatMap((memberId, i) =>
      (['belonging', 'learning', 'accountability'] as const).map((measure, m) => ({ memberId, measure, score: (i + m + 5) % 11 })),
    ),
    ...overrides,
  };
}

/** Row counts of every table a session write touches, to prove a refused request wrote nothing. */
export async function clinicalRowCounts(db: DataSource, organizationId: string): Promise<Record<string, number>> {
  const [row] = await db.query(
    `SELECT (SELECT count(*)::int FROM group_session WHERE organization_id = $1) AS sessions,
            (SELECT count(*)::int FROM note WHERE organization_id = $1) AS notes,
            (SELECT count(*)::int FROM attendance WHERE organization_id = $1) AS attendance,
            (SELECT count(*)::int FROM rating WHERE organization_id = $1) AS ratings,
            (SELECT count(*)::int FROM member_observation WHERE organization_id = $1) AS observations,
            (SELECT count(*)::int FROM addendum WHERE organization_id = $1) AS addenda,
            (SELECT count(*)::int FROM idempotency_key WHERE organization_id = $1) AS idempotency_keys,
            (SELECT count(*)::int FROM identifier_override WHERE organization_id = $1) AS overrides`,
    [organizationId],
  );
  return row;
}
