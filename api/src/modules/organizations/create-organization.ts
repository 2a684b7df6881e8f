import type { DataSource, EntityManager } from 'typeorm';
import { isSupportedTimeZone } from '@cohesion/domain';
import type { AuditRepository } from '../audit/audit.repository';

/** A refusal of the command line's organization commands, in one sentence. */
export class OrganizationError extends Error {
  override name = 'OrganizationError';
}

export interface NewOrganization {
  name: string;
  timeZone: string;
}

/** The time zone a new clinic gives, checked: an IANA name this runtime knows (or UTC). */
export function requireTimeZone(timeZone: string | undefined): string {
  const trimmed = timeZone?.trim() ?? '';
  if (!isSupportedTimeZone(trimmed)) {
    throw new OrganizationError(`"${timeZone ?? ''}" is not a time zone: give an IANA name such as America/Chicago, Europe/Warsaw or Asia/Tokyo.`);
  }
  return trimmed;
}

/** The time zone of the (real) organization of this name; null when there is none of that name. */
export async function findOrganizationTimeZone(db: DataSource | EntityManager, name: string): Promise<string | null> {
  const [row] = await db.query(`SELECT time_zone AS "timeZone" FROM organization WHERE name = $1 AND origin = 'real'`, [name.trim()]);
  return row?.timeZone ?? null;
}

/** Inserts a real organization with its time zone and audits it in its own trail; refuses a name in use. */
export async function insertOrganization(tx: EntityManager, input: NewOrganization, audit: AuditRepository): Promise<string> {
  const name = input.name.trim();
  if (!name) throw new OrganizationError('The organization needs a name.');
  const timeZone = requireTimeZone(input.timeZone);
  if ((await findOrganizationTimeZone(tx, name)) !== null) throw new OrganizationError(`An organization named "${name}" exists already.`);
  const [organization] = await tx.query(`INSERT INTO organization (name, time_zone) VALUES ($1, $2) RETURNING id`, [name, timeZone]);
  await audit.append(tx, {
    organizationId: organization.id,
    actorId: null,
    actorRole: null,
    ip: null,
    requestId: null,
    action: 'organization.create',
    outcome: 'success',
    entityType: 'organization',
    entityId: organization.id,
    memberCode: null,
    detail: { timeZone, via: 'cli' },
  });
  return organization.id;
}

/** `cli create-organization --name --time-zone`: onboards a new clinic (its first admin and director come after). */
export function createOrganization(db: DataSource, input: NewOrganization, audit: AuditRepository): Promise<{ id: string; name: string; timeZone: string }> {
  return db.transaction(async (tx) => {
    const id = await insertOrganization(tx, input, audit);
    return { id, name: input.name.trim(), timeZone: requireTimeZone(input.timeZone) };
  });
}
