import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openTestDatabase, testConfig } from '../../../test/test-app';
import { standaloneAudit } from '../audit/standalone-audit';
import { AccountError, createFirstAdmin } from './create-first-admin';

describe('create-admin (CLI)', () => {
  let db: DataSource;
  beforeAll(async () => (db = await openTestDatabase()));
  afterAll(() => db.destroy());

  it('refuses a breached password, then creates the admin and audits it in the organization’s trail', async () => {
    const organizationName = `Harbour Clinic ${randomUUID().slice(0, 8)}`;
    const email = `first-${randomUUID().slice(0, 8)}@harbour.test`;
    const input = { email, displayName: 'First Admin', organizationName };
    const auditRows = standaloneAudit(testConfig()).rows;
    await expect(createFirstAdmin(db, { ...input, password: 'iloveyou2024' }, auditRows)).rejects.toThrow(new AccountError(
      'This password appears in lists of breached passwords; choose one that is not a common word or pattern.'));

    await createFirstAdmin(db, { ...input, password: 'harbour lights at dawn' }, auditRows);
    const [audit] = await db.query(
      `SELECT e.action, e.actor_id AS "actorId", e.detail, e.entity_id = u.id::text AS "aboutTheAdmin"
         FROM audit_event e JOIN organization o ON o.id = e.organization_id JOIN staff_user u ON u.email = $2
        WHERE o.name = $1`,
      [organizationName, email],
    );
    expect(audit).toEqual({ action: 'staff.create', actorId: null, detail: { role: 'admin', via: 'cli' }, aboutTheAdmin: true });
  });
});
