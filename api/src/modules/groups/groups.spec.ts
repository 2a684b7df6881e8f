import type { GroupSummary } from '@cohesion/contracts';
import { aStaffMember, anOrganization, TEST_PASSWORD, type TestStaff } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';

describe('GET /api/groups: who sees which groups', () => {
  const context = useTestApp();
  const staff: Record<string, TestStaff> = {};
  const groups: Record<string, string> = {};

  async function aGroup(organizationId: string, programId: string, name: string, facilitators: [TestStaff, 'lead' | 'co'][]) {
    const [group] = await context.db.query(`INSERT INTO therapy_group (organization_id, program_id, name, kind) VALUES ($1, $2, $3, 'open') RETURNING id`, [
      organizationId,
      programId,
      name,
    ]);
    for (const [person, role] of facilitators) {
      await context.db.query(`INSERT INTO group_facilitator (group_id, user_id, organization_id, role) VALUES ($1, $2, $3, $4)`, [
        group.id,
        person.id,
        organizationId,
        role,
      ]);
    }
    return group.id as string;
  }

  beforeAll(async () => {
    const org = await anOrganization(context.db);
    const otherOrg = await anOrganization(context.db, 'Other Clinic');
    for (const [key, role] of [
      ['ana', 'facilitator'],
      ['ben', 'facilitator'],
      ['carol', 'facilitator'],
      ['supervisor', 'supervisor'],
      ['director', 'director'],
      ['admin', 'admin'],
    ] as const) {
      staff[key] = await aStaffMember(context.db, org, role);
    }
    staff['outsider'] = await aStaffMember(context.db, otherOrg, 'director');
    await context.db.query(`INSERT INTO supervision (supervisor_id, facilitator_id, organization_id) VALUES ($1, $2, $3)`, [
      staff['supervisor'].id,
      staff['ana'].id,
      org,
    ]);
    const [program] = await context.db.query(`INSERT INTO program (organization_id, name) VALUES ($1, 'Grief support') RETURNING id`, [org]);
    const [otherProgram] = await context.db.query(`INSERT INTO program (organization_id, name) VALUES ($1, 'Elsewhere') RETURNING id`, [otherOrg]);
    groups['anasGroup'] = await aGroup(org, program.id, 'Ana lead, Ben co', [
      [staff['ana'], 'lead'],
      [staff['ben'], 'co'],
    ]);
    groups['carolsGroup'] = await aGroup(org, program.id, 'Carol only', [[staff['carol'], 'lead']]);
    groups['otherOrgGroup'] = await aGroup(otherOrg, otherProgram.id, 'Other organization', []);
    const [member] = await context.db.query(`INSERT INTO member (organization_id, code) VALUES ($1, 'M-7K3Q9D') RETURNING id`, [org]);
    await context.db.query(`INSERT INTO enrollment (organization_id, group_id, member_id, joined_on) VALUES ($1, $2, $3, '2026-01-05')`, [
      org,
      groups['anasGroup'],
      member.id,
    ]);
  });

  async function groupNamesSeenBy(person: TestStaff): Promise<string[]> {
    const client = new TestClient(context.app);
    await client.signIn(person.email, TEST_PASSWORD);
    const response = await client.get('/api/groups');
    expect(response.status).toBe(200);
    return (response.json() as GroupSummary[]).map((g) => g.name).sort();
  }

  it('shows a lead facilitator and a co-facilitator the group they run, and nothing else', async () => {
    expect(await groupNamesSeenBy(staff['ana'])).toEqual(['Ana lead, Ben co']);
    expect(await groupNamesSeenBy(staff['ben'])).toEqual(['Ana lead, Ben co']);
    expect(await groupNamesSeenBy(staff['carol'])).toEqual(['Carol only']);
  });

  it('shows a supervisor only the groups of the facilitators they supervise', async () => {
    expect(await groupNamesSeenBy(staff['supervisor'])).toEqual(['Ana lead, Ben co']);
  });

  it('shows a director every group of their own organization and none of another', async () => {
    expect(await groupNamesSeenBy(staff['director'])).toEqual(['Ana lead, Ben co', 'Carol only']);
    expect(await groupNamesSeenBy(staff['outsider'])).toEqual(['Other organization']);
  });

  it('keeps admins out of clinical content', async () => {
    const client = new TestClient(context.app);
    await client.signIn(staff['admin'].email, TEST_PASSWORD);
    const response = await client.get('/api/groups');
    expect(response.status).toBe(403);
    expect(response.json()).toMatchObject({ code: 'role_not_allowed' });
  });

  it('describes each group with its program, facilitators (lead first) and enrolled members', async () => {
    const client = new TestClient(context.app);
    await client.signIn(staff['ana'].email, TEST_PASSWORD);
    const [group] = (await client.get('/api/groups')).json() as GroupSummary[];
    expect(group).toEqual({
      id: groups['anasGroup'],
      name: 'Ana lead, Ben co',
      kind: 'open',
      programId: expect.any(String),
      programName: 'Grief support',
      facilitators: [
        { id: staff['ana'].id, displayName: 'Test facilitator', role: 'lead' },
        { id: staff['ben'].id, displayName: 'Test facilitator', role: 'co' },
      ],
      memberCount: 1,
      sessionCount: 0,
      lastSessionOn: null,
    });
  });
});
