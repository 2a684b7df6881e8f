import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { memberCodeFromRandomBytes, type Role, type SecondFactorPolicy } from '@cohesion/domain';
import { hashPassword } from '../src/modules/auth/password-hasher';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export interface TestStaff {
  id: string;
  email: string;
  role: Role;
  organizationId: string;
}

/**
 * A fresh organization, so test files never see each other's data. Its second factor is optional unless asked: the
 * second-factor tests ask for the real default (`privileged_roles`), the others sign in with a password alone.
 */
export async function anOrganization(db: DataSource, name = 'Test Clinic', secondFactorPolicy: SecondFactorPolicy = 'optional'): Promise<string> {
  const [row] = await db.query(`INSERT INTO organization (name, second_factor_policy) VALUES ($1, $2) RETURNING id`, [
    `${name} ${randomUUID().slice(0, 8)}`,
    secondFactorPolicy,
  ]);
  return row.id;
}

/** A staff account with a unique email and the shared test password. */
export async function aStaffMember(
  db: DataSource,
  organizationId: string,
  role: Role,
  overrides: { disabled?: boolean; displayName?: string; emailDomain?: string } = {},
): Promise<TestStaff> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = `${role}-${randomBytes(4).toString('hex')}@${overrides.emailDomain ?? 'clinic.test'}`;
  const [row] = await db.query(
    `INSERT INTO staff_user (organization_id, email, display_name, role, password_hash, disabled_at)
     VALUES ($1, $2, $3, $4, $5, CASE WHEN $6 THEN now() END) RETURNING id`,
    [organizationId, email, overrides.displayName ?? `Test ${role}`, role, await passwordHash, overrides.disabled === true],
  );
  return { id: row.id, email, role, organizationId };
}

/** A program of the organization, named uniquely unless a name is given. */
export async function aProgram(db: DataSource, organizationId: string, name = `Program ${randomUUID().slice(0, 8)}`): Promise<string> {
  const [row] = await db.query(`INSERT INTO program (organization_id, name) VALUES ($1, $2) RETURNING id`, [organizationId, name]);
  return row.id;
}

/** A group of the program with these facilitators. */
export async function aGroup(
  db: DataSource,
  organizationId: string,
  programId: string,
  facilitators: { id: string; role: 'lead' | 'co' }[] = [],
  overrides: { name?: string; kind?: 'open' | 'closed'; schedule?: string | null } = {},
): Promise<string> {
  const [group] = await db.query(`INSERT INTO therapy_group (organization_id, program_id, name, kind, schedule) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
    organizationId,
    programId,
    overrides.name ?? `Group ${randomUUID().slice(0, 8)}`,
    overrides.kind ?? 'open',
    overrides.schedule ?? null,
  ]);
  for (const facilitator of facilitators) {
    await db.query(`INSERT INTO group_facilitator (group_id, user_id, organization_id, role) VALUES ($1, $2, $3, $4)`, [
      group.id,
      facilitator.id,
      organizationId,
      facilitator.role,
    ]);
  }
  return group.id;
}

/** `supervisor` reviews the groups of `facilitator`. */
export async function aSupervision(db: DataSource, supervisor: TestStaff, facilitator: TestStaff): Promise<void> {
  await db.query(`INSERT INTO supervision (supervisor_id, facilitator_id, organization_id) VALUES ($1, $2, $3)`, [
    supervisor.id,
    facilitator.id,
    supervisor.organizationId,
  ]);
}

/** A member with a given (or random) code, enrolled in the group; pass `leftOn` for one who has left. */
export async function aGroupMember(
  db: DataSource,
  organizationId: string,
  groupId: string,
  enrollment: { code?: string; joinedOn?: string; leftOn?: string; exitReason?: string } = {},
): Promise<{ id: string; code: string }> {
  const code = enrollment.code ?? memberCodeFromRandomBytes(randomBytes(6));
  const [member] = await db.query(`INSERT INTO member (organization_id, code) VALUES ($1, $2) RETURNING id`, [organizationId, code]);
  await db.query(`INSERT INTO enrollment (organization_id, group_id, member_id, joined_on, left_on, exit_reason) VALUES ($1, $2, $3, $4, $5, $6)`, [
    organizationId,
    groupId,
    member.id,
    enrollment.joinedOn ?? '2026-01-05',
    enrollment.leftOn ?? null,
    enrollment.leftOn ? (enrollment.exitReason ?? 'completed') : null,
  ]);
  return { id: member.id, code };
}

/** Everyone a request about one group can come from, by how they relate to it. */
export interface GroupCast {
  organizationId: string;
  programId: string;
  groupId: string;
  lead: TestStaff;
  co: TestStaff;
  otherFacilitator: TestStaff;
  supervisor: TestStaff;
  unrelatedSupervisor: TestStaff;
  director: TestStaff;
  admin: TestStaff;
  /** A director of another organization. */
  outsider: TestStaff;
}

/**
 * A fresh organization with one group run by a lead and a co-facilitator; the lead's supervisor; another facilitator
 * with their own group and supervisor; a director and an admin; and a director of another organization.
 */
export async function aGroupCast(db: DataSource): Promise<GroupCast> {
  const organizationId = await anOrganization(db);
  const otherOrganizationId = await anOrganization(db, 'Elsewhere');
  const [lead, co, otherFacilitator] = [
    await aStaffMember(db, organizationId, 'facilitator', { displayName: 'Lena Lead' }),
    await aStaffMember(db, organizationId, 'facilitator', { displayName: 'Cora Co' }),
    await aStaffMember(db, organizationId, 'facilitator', { displayName: 'Omar Other' }),
  ];
  const supervisor = await aStaffMember(db, organizationId, 'supervisor', { displayName: 'Sue Supervisor' });
  const unrelatedSupervisor = await aStaffMember(db, organizationId, 'supervisor', { displayName: 'Uma Unrelated' });
  await aSupervision(db, supervisor, lead);
  await aSupervision(db, unrelatedSupervisor, otherFacilitator);
  const programId = await aProgram(db, organizationId, 'Grief support');
  const groupId = await aGroup(
    db,
    organizationId,
    programId,
    [
      { id: lead.id, role: 'lead' },
      { id: co.id, role: 'co' },
    ],
    { name: 'Tuesday circle', schedule: 'Tuesdays 18:00' },
  );
  await aGroup(db, organizationId, programId, [{ id: otherFacilitator.id, role: 'lead' }], { name: 'Thursday circle' });
  return {
    organizationId,
    programId,
    groupId,
    lead,
    co,
    otherFacilitator,
    supervisor,
    unrelatedSupervisor,
    director: await aStaffMember(db, organizationId, 'director', { displayName: 'Dana Director' }),
    admin: await aStaffMember(db, organizationId, 'admin'),
    outsider: await aStaffMember(db, otherOrganizationId, 'director'),
  };
}
