import type { ProgramSummary } from '@cohesion/contracts';
import { aGroupCast, type GroupCast } from '../../../test/fixtures';
import { useTestApp } from '../../../test/test-context';

describe('programs: listing and creating service lines', () => {
  const context = useTestApp();
  let cast: GroupCast;

  beforeAll(async () => {
    cast = await aGroupCast(context.db);
  });

  async function programNames(organizationId: string): Promise<string[]> {
    const rows: { name: string }[] = await context.db.query(`SELECT name FROM program WHERE organization_id = $1 ORDER BY name`, [organizationId]);
    return rows.map((row) => row.name);
  }

  it('lists the organization’s programs with their group count to facilitators, supervisors and directors', async () => {
    for (const person of [cast.lead, cast.otherFacilitator, cast.supervisor, cast.director]) {
      const response = await (await context.as(person)).get('/api/programs');
      expect(response.status).toBe(200);
      expect(response.json()).toEqual([{ id: cast.programId, name: 'Grief support', groupCount: 2 }]);
    }
  });

  it('shows a director of another organization none of these programs', async () => {
    const response = await (await context.as(cast.outsider)).get('/api/programs');
    expect(response.status).toBe(200);
    expect((response.json() as ProgramSummary[]).map((p) => p.id)).not.toContain(cast.programId);
  });

  it('keeps admins out', async () => {
    const client = await context.as(cast.admin);
    expect((await client.get('/api/programs')).status).toBe(403);
    const create = await client.post('/api/programs', { name: 'Admin program' });
    expect(create.status).toBe(403);
    expect(create.json()).toMatchObject({ code: 'role_not_allowed' });
    expect(await programNames(cast.organizationId)).toEqual(['Grief support']);
  });

  it('lets only directors create programs', async () => {
    for (const person of [cast.lead, cast.supervisor]) {
      const response = await (await context.as(person)).post('/api/programs', { name: 'Not allowed' });
      expect(response.status).toBe(403);
    }
    expect(await programNames(cast.organizationId)).toEqual(['Grief support']);
  });

  it('creates a program in the director’s organization with its name trimmed, and lists it', async () => {
    const response = await (await context.as(cast.director)).post('/api/programs', { name: '  Substance use IOP ' });
    expect(response.status).toBe(201);
    const created = response.json() as ProgramSummary;
    expect(created).toEqual({ id: expect.any(String), name: 'Substance use IOP', groupCount: 0 });

    const [row] = await context.db.query(`SELECT organization_id AS "organizationId", name FROM program WHERE id = $1`, [created.id]);
    expect(row).toEqual({ organizationId: cast.organizationId, name: 'Substance use IOP' });
    const listed = (await (await context.as(cast.lead)).get('/api/programs')).json() as ProgramSummary[];
    expect(listed.map((p) => p.name)).toEqual(['Grief support', 'Substance use IOP']);
  });

  it('refuses a name the organization already uses, in any letter case, with 409 program_name_taken', async () => {
    const before = await programNames(cast.organizationId);
    for (const name of ['Grief support', 'GRIEF SUPPORT', ' grief support ']) {
      const response = await (await context.as(cast.director)).post('/api/programs', { name });
      expect(response.status).toBe(409);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ status: 409, code: 'program_name_taken' });
    }
    expect(await programNames(cast.organizationId)).toEqual(before);
  });

  it('allows the same name in another organization', async () => {
    const response = await (await context.as(cast.outsider)).post('/api/programs', { name: 'Grief support' });
    expect(response.status).toBe(201);
    expect(await programNames(cast.outsider.organizationId)).toEqual(['Grief support']);
  });

  it('accepts a name of exactly 120 characters', async () => {
    const name = 'P'.repeat(120);
    const response = await (await context.as(cast.director)).post('/api/programs', { name });
    expect(response.status).toBe(201);
    expect(response.json()).toMatchObject({ name });
  });

  it.each([
    ['an empty name', { name: '' }],
    ['a name of spaces only', { name: '   ' }],
    ['a name of 121 characters', { name: 'x'.repeat(121) }],
    ['a name that is not text', { name: 42 }],
    ['no name', {}],
    ['an organization chosen by the client', { name: 'Sneaky', organizationId: '00000000-0000-4000-8000-000000000000' }],
  ])('refuses %s with 400 and writes nothing', async (_, body) => {
    const before = await programNames(cast.organizationId);
    const response = await (await context.as(cast.director)).post('/api/programs', body);
    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', errors: expect.any(Array) });
    expect(await programNames(cast.organizationId)).toEqual(before);
  });

  it('refuses a name that identifies a person with 422 and says where', async () => {
    const before = await programNames(cast.organizationId);
    const response = await (await context.as(cast.director)).post('/api/programs', { name: 'Group for John Smith' });
    expect(response.status).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'identifiers_found',
      errors: [{ field: 'name', message: expect.any(String) }],
      findings: [{ field: 'name', kind: 'name', text: 'John Smith' }],
    });
    expect(await programNames(cast.organizationId)).toEqual(before);
  });
});
