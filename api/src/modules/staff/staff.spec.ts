import { aGroupCast, aStaffMember, TEST_PASSWORD, type GroupCast, type TestStaff } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { useTestApp } from '../../../test/test-context';

describe('GET /api/staff: the staff directors pick from for assignments', () => {
  const context = useTestApp();
  let cast: GroupCast;

  beforeAll(async () => {
    cast = await aGroupCast(context.db);
    await aStaffMember(context.db, cast.organizationId, 'facilitator', { displayName: 'Dora Disabled', disabled: true });
    await aStaffMember(context.db, cast.outsider.organizationId, 'facilitator', { displayName: 'Elsa Elsewhere' });
  });

  async function listAs(person: TestStaff, query = '') {
    const client = new TestClient(context.app);
    await client.signIn(person.email, TEST_PASSWORD);
    return client.get(`/api/staff${query}`);
  }

  it('lists the enabled facilitators of the director’s organization by name, with id, name and role only', async () => {
    const response = await listAs(cast.director, '?role=facilitator');
    expect(response.status).toBe(200);
    expect(response.json()).toEqual([
      { id: cast.co.id, displayName: 'Cora Co', role: 'facilitator' },
      { id: cast.lead.id, displayName: 'Lena Lead', role: 'facilitator' },
      { id: cast.otherFacilitator.id, displayName: 'Omar Other', role: 'facilitator' },
    ]);
  });

  it('lists supervisors with role=supervisor, and every enabled account without a role', async () => {
    const supervisors = await listAs(cast.director, '?role=supervisor');
    expect(supervisors.json()).toEqual([
      { id: cast.supervisor.id, displayName: 'Sue Supervisor', role: 'supervisor' },
      { id: cast.unrelatedSupervisor.id, displayName: 'Uma Unrelated', role: 'supervisor' },
    ]);
    const everyone = (await listAs(cast.director)).json() as { displayName: string }[];
    expect(everyone.map((s) => s.displayName)).toEqual([
      'Cora Co',
      'Dana Director',
      'Lena Lead',
      'Omar Other',
      'Sue Supervisor',
      'Test admin',
      'Uma Unrelated',
    ]);
  });

  it('shows a director of another organization only their own staff', async () => {
    const response = await listAs(cast.outsider, '?role=facilitator');
    expect(response.json().map((s: { displayName: string }) => s.displayName)).toEqual(['Elsa Elsewhere']);
  });

  it('is for directors only', async () => {
    for (const person of [cast.lead, cast.supervisor, cast.admin]) {
      const response = await listAs(person);
      expect(response.status).toBe(403);
      expect(response.json()).toMatchObject({ code: 'role_not_allowed' });
    }
  });

  it.each([
    ['an unknown role', '?role=member'],
    ['an unknown parameter', '?organizationId=x'],
  ])('refuses %s with 400', async (_, query) => {
    expect((await listAs(cast.director, query)).status).toBe(400);
  });
});
