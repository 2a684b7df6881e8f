import type { Role } from '@cohesion/domain';

const ROLE_LABELS: Record<Role, string> = {
  facilitator: 'Facilitator',
  supervisor: 'Supervisor',
  director: 'Clinical director',
  admin: 'Administrator',
};

/** The name of a staff role as people say it. */
export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}
