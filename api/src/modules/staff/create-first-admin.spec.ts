import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openTestDatabase, testConfig } from '../../../test/test-app';
import { standaloneAudit } from '../audit/standalone-audit';
import { createOrganization, OrganizationError } from '../organizations/create-organization';
import { AccountError, createFirstAdmin } from './create-first-admin';

describe('create-admin (CLI)', () => {
  let db: DataSource;
  beforeAll(async () => (db = await openTestDatabase()));
  afterAll(() => db.destroy());

  it('refuses a breached password, then creates the admin and audits it in the organization’s trail', async () => {
    const organizationName = `Harbour Clinic ${randomUUID().slice(0, 8)}`;
    const email = `first-${randomUUID().slice(0, 8)}@harbour.test`;
    const input = { email, displayName: 'First Admin', organizationName, timeZone: 'Europe/Warsaw' };
    const auditRows = standaloneAudit(testConfig()).rows;
    await expect(createFirstAdmin(db, { ...input, password: 'iloveyou2024' }, auditRows)).rejects.toThrow(
      new AccountError('This password appears in lists of breached passwords; choose one that is not a common word or pattern.'),
    );

    await createFirstAdmin(db, { ...input, password: 'harbour lights at dawn' }, auditRows);
    const [audit] = await db.query(
      `SELECT e.action, e.actor_id AS "actorId", e.detail, e.entity_id = u.id::text AS "aboutTheAdmin"
         FROM audit_event e JOIN organization o ON o.id = e.organization_id JOIN staff_user u ON u.email = $2
        WHERE o.name = $1 AND e.action = 'staff.create'`,
      [organizationName, email],
    );
    expect(audit).toEqual({ action: 'staff.create', actorId: null, detail: { role: 'admin', via: 'cli' }, aboutTheAdmin: true });
  });

  it('creates a new organization with the time zone given, refuses one without a time zone or with an unknown one, and keeps an existing one’s', async () => {
    const organizationName = `Bosphorus Clinic ${randomUUID().slice(0, 8)}`;
    const input = { displayName: 'First Admin', organizationName, password: 'harbour lights at dawn' };
    const auditRows = standaloneAudit(testConfig()).rows;
    await expect(createFirstAdmin(db, { ...input, email: `a-${randomUUID().slice(0, 8)}@clinic.test` }, auditRows)).rejects.toThrow(AccountError);
    await expect(createFirstAdmin(db, { ...input, email: `a-${randomUUID().slice(0, 8)}@clinic.test`, timeZone: 'Mars/Olympus' }, auditRows)).rejects.toThrow(
      OrganizationError,
    );
    await createFirstAdmin(db, { ...input, email: `a-${randomUUID().slice(0, 8)}@clinic.test`, timeZone: 'Europe/Istanbul' }, auditRows);
    await createFirstAdmin(db, { ...input, email: `b-${randomUUID().slice(0, 8)}@clinic.test` }, auditRows);
    expect(await db.query(`SELECT time_zone AS "timeZone" FROM organization WHERE name = $1`, [organizationName])).toEqual([{ timeZone: 'Europe/Istanbul' }]);
  });
});

describe('create-organization (CLI)', () => {
  let db: DataSource;
  beforeAll(async () => (db = await openTestDatabase()));
  afterAll(() => db.destroy());

  it('onboards a clinic with its time zone and audits it; refuses an unknown zone or a name in use', async () => {
    const name = `Vistula Clinic ${randomUUID().slice(0, 8)}`;
    const auditRows = standaloneAudit(testConfig()).rows;
    await expect(createOrganization(db, { name, timeZone: 'Europe/Atlantis' }, auditRows)).rejects.toThrow(
      new OrganizationError('"Europe/Atlantis" is not a time zone: give an IANA name such as America/Chicago, Europe/Warsaw or Asia/Tokyo.'),
    );
    const created = await createOrganization(db, { name: ` ${name} `, timeZone: 'Europe/Warsaw' }, auditRows);
    expect(created).toEqual({ id: expect.any(String), name, timeZone: 'Europe/Warsaw' });
    await expect(createOrganization(db, { name, timeZone: 'Europe/Warsaw' }, auditRows)).rejects.toThrow(
      new OrganizationError(`An organization named "${name}" exists already.`),
    );
    const [row] = await db.query(
      `SELECT o.time_zone, o.small_cell_k, o.low_score_threshold, o.reliability, o.origin, e.action, e.detail
         FROM organization o JOIN audit_event e ON e.organization_id = o.id WHERE o.id = $1`,
      [created.id],
    );
    expect(row).toEqual({
      time_zone: 'Europe/Warsaw',
      small_cell_k: 11,
      low_score_threshold: 4,
      reliability: 0.8,
      origin: 'real',
      action: 'organization.create',
      detail: { timeZone: 'Europe/Warsaw', via: 'cli' },
    });
  });
});
