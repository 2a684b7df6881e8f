import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Role } from '@cohesion/domain';
import { PasswordHasher } from '../src/modules/auth/password-hasher';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export interface TestStaff {
  id: string;
  email: string;
  role: Role;
  organizationId: string;
}

/** A fresh organization, so test files never see each other's data. */
export async function anOrganization(db: DataSource, name = 'Test Clinic'): Promise<string> {
  const [row] = await db.query(`INSERT INTO organization (name) VALUES ($1) RETURNING id`, [`${name} ${randomUUID().slice(0, 8)}`]);
  return row.id;
}

/** A staff account with a unique email and the shared test password. */
export async function aStaffMember(db: DataSource, organizationId: string, role: Role, overrides: { disabled?: boolean; displayName?: string } = {}): Promise<TestStaff> {
  passwordHash ??= new PasswordHasher().hash(TEST_PASSWORD);
  const email = `${role}-${randomBytes(4).toString('hex')}@clinic.test`;
  const [row] = await db.query(
    `INSERT INTO staff_user (organization_id, email, display_name, role, password_hash, disabled_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [organizationId, email, overrides.displayName ?? `Test ${role}`, role, await passwordHash, overrides.disabled ? new Date() : null],
  );
  return { id: row.id, email, role, organizationId };
}
